package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.accesslog.AccessAction;
import cn.qingyang.assistance.accesslog.AccessLog;
import cn.qingyang.assistance.common.ApiError;
import cn.qingyang.assistance.common.BadRequestException;
import cn.qingyang.assistance.organisation.OrganisationGroups;
import cn.qingyang.assistance.person.ResidentIdNumber;
import com.fasterxml.jackson.annotation.JsonInclude;
import cn.qingyang.assistance.security.CallerScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases/{caseNumber}}: a case and the reports attached to it, for those who may see it. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "案件", description = "遇困对象发现处置案件及其上报记录")
class CaseController {

    static final String CASE_EXAMPLE = """
            {"caseNumber": "341723200-202611-0012", "status": "OPEN", "townshipCode": "341723200",
             "villageCode": "341723200201", "channel": "village_sweep", "urgent": false, "relatedToStaff": false,
             "category": null, "processInstanceId": "5f0c2a4e-c7a1-11f0-9d3b-0242ac120002",
             "openedAt": "2026-11-20T09:12:30.118+08:00",
             "reports": [
               {"channel": "village_sweep", "reporter": "张卫国",
                "description": "周桂英（341723********0119）独居，今年 3 月摔伤后行动不便，无固定收入",
                "urgent": false, "result": "OPENED", "receivedAt": "2026-11-20T09:12:30.118+08:00"},
               {"channel": "big_data", "reporter": "县医疗保障局医保结算数据",
                "description": "大数据预警：支出骤增（医疗支出 3 个月 45,000 元）",
                "urgent": false, "result": "ATTACHED", "receivedAt": "2026-11-21T08:30:05.402+08:00"}
             ]}""";

    private final CaseRepository repository;
    private final IdentityService identity;
    private final AccessLog accessLog;

    public CaseController(CaseRepository repository, IdentityService identity, AccessLog accessLog) {
        this.repository = repository;
        this.identity = identity;
        this.accessLog = accessLog;
    }

    public record ReportView(String channel, String reporter, String description, boolean urgent, String result,
                             OffsetDateTime receivedAt) {
    }

    public record ReferralView(String department, String departmentName, String status, OffsetDateTime referredAt,
                               OffsetDateTime answeredAt) {
    }

    /**
     * A case as its reader may see it. A department (need-to-know) reads what its referral needs:
     * the case, where the person lives, and its own referral; the reports (who reported what),
     * the staff relation and the process are left out (null, not sent).
     */
    public record CaseView(String caseNumber, CaseStatus status, String townshipCode, String villageCode,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String channel, Boolean urgent,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Boolean relatedToStaff, String category,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String processInstanceId, OffsetDateTime openedAt,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Long householdId,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<ReportView> reports,
                           List<ReferralView> referrals) {
    }

    @GetMapping("/{caseNumber}")
    @Operation(summary = "查询案件", description = "案件及其全部上报记录（按收到顺序）。只能查看本人工作范围内的案件："
            + "县民政局可查全县，乡镇查本乡镇，村查本村，部门只能查看转介给本部门的案件（且只含转介所需的内容）；"
            + "不存在和无权查看都答 404，不泄露案件是否存在。每次查看都记入个人信息访问日志。")
    @ApiResponse(responseCode = "200", description = "案件",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "在办案件", summary = "村级上报立案，后由大数据预警并入", value = CASE_EXAMPLE)))
    @ApiResponse(responseCode = "401", description = "未登录", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "案件不存在或无权查看",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class),
                    examples = @ExampleObject(name = "未找到",
                            value = "{\"error\": {\"code\": \"NOT_FOUND\", \"message\": \"未找到案件 341723100-202611-0007（或您无权查看）。\"}}")))
    public CaseView get(@Parameter(description = "案件编号：乡镇编码-年月-序号", example = "341723200-202611-0012")
                        @PathVariable String caseNumber) {
        CallerScope caller = CallerScope.current(identity);
        var row = repository.findCase(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        List<CaseRepository.ReferralRow> referrals = repository.referralsOf(row.id());
        CaseView view;
        if (caller.covers(row.townshipCode(), row.villageCode())) {
            List<ReportView> reports = repository.reportsOf(row.id()).stream()
                    .map(r -> new ReportView(r.channel(), r.reporter(), r.description(), r.urgent(), r.result(), r.receivedAt()))
                    .toList();
            view = new CaseView(row.caseNumber(), row.status(), row.townshipCode(), row.villageCode(), row.channel(),
                    row.urgent(), row.relatedToStaff(), row.category(), row.processInstanceId(), row.openedAt(), row.householdId(), reports,
                    referrals.stream().map(CaseController::referral).toList());
        } else {
            List<ReferralView> own = referrals.stream().filter(r -> caller.departments().contains(r.department()))
                    .map(CaseController::referral).toList();
            if (own.isEmpty()) {
                throw new CaseNotFoundException(caseNumber);
            }
            view = new CaseView(row.caseNumber(), row.status(), row.townshipCode(), row.villageCode(), null,
                    row.urgent(), null, row.category(), null, row.openedAt(), null, null, own);
        }
        accessLog.record(caller, AccessAction.READ_CASE, row.caseNumber(), row.townshipCode(), null, null);
        return view;
    }

    private static ReferralView referral(CaseRepository.ReferralRow r) {
        return new ReferralView(r.department(), OrganisationGroups.DEPARTMENTS.get(r.department()), r.status(),
                r.referredAt(), r.answeredAt());
    }

    /** Why the full ID number is needed, in the caseworker's words. */
    public record RevealRequest(String reason) {
    }

    public record RevealedIdNumber(String caseNumber, String idNumber, String idNumberMasked, String reason) {
    }

    @PostMapping("/{caseNumber}/id-number")
    @Operation(summary = "查看完整身份证号（须说明事由，记入个人信息访问日志）",
            description = "乡镇工作小组只能查看本乡镇案件当事人的完整身份证号，县民政局可查全县；"
                    + "须说明事由（4 到 200 个字，如“到医保局核对医疗费用报销记录”），每次查看都记入个人信息访问日志。"
                    + "村、部门和系统账号无权查看完整号码。")
    @ApiResponse(responseCode = "200", description = "完整身份证号",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RevealedIdNumber.class)))
    @ApiResponse(responseCode = "400", description = "未说明事由", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "案件不存在或无权查看", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiError.class)))
    public RevealedIdNumber reveal(@PathVariable String caseNumber, @RequestBody(required = false) RevealRequest request) {
        CallerScope caller = CallerScope.current(identity);
        var row = repository.findCase(caseNumber).filter(c -> caller.mayRevealIdNumber(c.townshipCode()))
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
        String reason = request == null || request.reason() == null ? "" : request.reason().strip();
        if (reason.codePointCount(0, reason.length()) < 4 || reason.codePointCount(0, reason.length()) > 200) {
            throw new BadRequestException("REASON_REQUIRED", "请说明查看完整身份证号的事由（4 到 200 个字），"
                    + "如“到医保局核对医疗费用报销记录”：事由和查看记录一并记入个人信息访问日志。", "reason");
        }
        if (reason.indexOf('<') >= 0 || reason.indexOf('>') >= 0) {
            throw new BadRequestException("REASON_MARKUP", "事由中不能含有“<”或“>”，请用文字说明。", "reason");
        }
        ResidentIdNumber idNumber = ResidentIdNumber.parse(repository.personIdNumber(row.personId()));
        accessLog.record(caller, AccessAction.SHOW_ID_NUMBER, row.caseNumber(), row.townshipCode(), 1, reason);
        return new RevealedIdNumber(row.caseNumber(), idNumber.value(), idNumber.masked(), reason);
    }
}
