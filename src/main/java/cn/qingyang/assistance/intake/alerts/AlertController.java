package cn.qingyang.assistance.intake.alerts;

import cn.qingyang.assistance.common.ApiError;
import cn.qingyang.assistance.common.NotFoundException;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import cn.qingyang.assistance.intake.ReportForbiddenException;
import cn.qingyang.assistance.organisation.OrganisationGroups;
import cn.qingyang.assistance.security.CallerScope;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/alerts}: the county's social-assistance big-data platform pushes its warnings
 * (支出骤增, 收入骤减, 收入不稳定, …) in batches; each becomes a report of channel {@code big_data}.
 */
@RestController
@RequestMapping("/api/alerts")
@Tag(name = "大数据预警", description = "社会救助大数据平台推送预警，每条预警登记为一次“大数据监测预警”渠道的上报")
class AlertController {

    /** Who may push alerts: the platform's system accounts, the county bureau, administrators. */
    static final Set<String> ALLOWED = Set.of(OrganisationGroups.BIGDATA_SYSTEM, OrganisationGroups.COUNTY,
            OrganisationGroups.ADMIN);

    static final String REQUEST_EXAMPLE = """
            [
              {"alertId": "BD-20261120-000123", "source": "县医疗保障局医保结算数据", "idNumber": "341723194601050119",
               "name": "周桂英", "townshipCode": "341723200", "villageCode": "341723200201",
               "type": "EXPENDITURE_SURGE", "detectedAt": "2026-11-20T08:30:00+08:00",
               "details": {"category": "医疗", "months": 3, "amount": 45000}},
              {"alertId": "BD-20261120-000124", "source": "县人力资源和社会保障局就业数据", "idNumber": "341723195803120028",
               "name": "吴德胜", "townshipCode": "341723100",
               "type": "INCOME_DROP", "detectedAt": "2026-11-20T08:31:00+08:00",
               "details": {"months": 3, "before": 4200, "after": 800}}
            ]""";

    static final String RESPONSE_EXAMPLE = """
            [
              {"alertId": "BD-20261120-000123", "result": "OPENED", "caseNumber": "341723200-202611-0012"},
              {"alertId": "BD-20261120-000124", "result": "ATTACHED", "caseNumber": "341723100-202610-0003"},
              {"alertId": "BD-20261119-000087", "result": "DUPLICATE", "caseNumber": "341723200-202611-0009"},
              {"alertId": "BD-20261120-000125", "result": "REJECTED",
               "error": {"code": "ID_NUMBER_CHECK_DIGIT", "message": "身份证号码校验位不正确，请核对后重新输入", "field": "idNumber"}}
            ]""";

    private final BigDataAlertService service;
    private final BigDataAlertRepository alerts;
    private final IdentityService identity;

    public AlertController(BigDataAlertService service, BigDataAlertRepository alerts, IdentityService identity) {
        this.service = service;
        this.alerts = alerts;
        this.identity = identity;
    }

    @PostMapping
    @Operation(summary = "推送大数据预警（批量）",
            description = "请求体为预警数组（1-" + BigDataAlertService.MAX_BATCH + " 条）。每条预警单独处理、单独提交："
                    + "新对象立案（OPENED），已有在办案件的并入该案件（ATTACHED），同一预警编号（alertId）再次推送答 DUPLICATE 且不作任何改动，"
                    + "有误的一条答 REJECTED 并说明原因，其余照常处理。结果与请求顺序一一对应。"
                    + "仅社会救助大数据平台的系统账号（system-bigdata 组）、县民政局和系统管理员可调用。",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "预警数组；type 为 EXPENDITURE_SURGE（支出骤增）、INCOME_DROP（收入骤减）、INCOME_UNSTABLE（收入不稳定）或 OTHER（其他预警）",
                    content = @Content(mediaType = "application/json",
                            array = @ArraySchema(schema = @Schema(implementation = AlertDocs.Alert.class)),
                            examples = @ExampleObject(name = "两条预警", summary = "医疗支出骤增、收入骤减", value = REQUEST_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "每条预警一个结果，顺序与请求相同",
            content = @Content(mediaType = "application/json",
                    array = @ArraySchema(schema = @Schema(implementation = AlertResult.class)),
                    examples = @ExampleObject(name = "逐条结果", value = RESPONSE_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "请求体不是数组、为空或超过 1000 条",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class),
                    examples = @ExampleObject(name = "超过上限",
                            value = "{\"error\": {\"code\": \"ALERTS_TOO_MANY\", \"message\": \"每批最多推送 1000 条预警，本批 1500 条：请分批推送。\"}}")))
    @ApiResponse(responseCode = "401", description = "未登录", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "调用者不是大数据平台系统账号、县民政局或系统管理员",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class),
                    examples = @ExampleObject(name = "无权推送",
                            value = "{\"error\": {\"code\": \"FORBIDDEN\", \"message\": \"仅社会救助大数据平台的系统账号、县民政局或系统管理员可以推送大数据预警。\"}}")))
    public ResponseEntity<?> receive(@RequestBody(required = false) JsonNode body) {
        CallerScope caller = CallerScope.current(identity);
        if (caller.groups().stream().noneMatch(ALLOWED::contains)) {
            throw new ReportForbiddenException("仅社会救助大数据平台的系统账号、县民政局或系统管理员可以推送大数据预警。");
        }
        if (body == null || !body.isArray()) {
            return ResponseEntity.badRequest().body(ApiError.of("ALERTS_NOT_ARRAY",
                    "请求体应为预警数组（JSON 数组），如 [{\"alertId\": \"BD-20261120-000123\", \"type\": \"INCOME_DROP\", …}]。"));
        }
        if (body.isEmpty()) {
            return ResponseEntity.badRequest().body(ApiError.of("ALERTS_EMPTY", "预警数组为空：每批至少推送 1 条预警。"));
        }
        if (body.size() > BigDataAlertService.MAX_BATCH) {
            return ResponseEntity.badRequest().body(ApiError.of("ALERTS_TOO_MANY", "每批最多推送 "
                    + BigDataAlertService.MAX_BATCH + " 条预警，本批 " + body.size() + " 条：请分批推送。"));
        }
        List<JsonNode> batch = new ArrayList<>(body.size());
        body.forEach(batch::add);
        return ResponseEntity.ok(service.receive(batch, caller));
    }
    /** What the platform gets back for one of its warnings: no personal data, only where the case stands. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Outcome(String alertId, String result, String caseNumber, String caseStatus, String category,
                          String categoryLabel, OffsetDateTime receivedAt, OffsetDateTime closedAt, ApiError.Detail error) {
    }

    static final java.util.Map<String, String> CATEGORY_LABELS = java.util.Map.of("SPECIAL", "特殊困难",
            "GENERAL", "一般困难", "TEMPORARY", "临时困难");

    @GetMapping("/{alertId}")
    @Operation(summary = "查询预警处理结果",
            description = "大数据平台查询本账号推送的一条预警的处理结果：立案或并入的案件编号、案件是否办结、困难类别（分类后）。"
                    + "不含个人信息。县民政局和系统管理员可查询任何预警；他人推送的或不存在的预警答 404。")
    @ApiResponse(responseCode = "200", description = "处理结果", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Outcome.class),
            examples = @ExampleObject(name = "已分类", value = "{\"alertId\": \"BD-20261120-000123\", \"result\": \"OPENED\", "
                    + "\"caseNumber\": \"341723200-202611-0012\", \"caseStatus\": \"OPEN\", \"category\": \"SPECIAL\", "
                    + "\"categoryLabel\": \"特殊困难\", \"receivedAt\": \"2026-11-20T08:31:02.118+08:00\"}")))
    @ApiResponse(responseCode = "404", description = "预警不存在或不是本账号推送的", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiError.class)))
    public Outcome outcome(@PathVariable String alertId) {
        CallerScope caller = CallerScope.current(identity);
        BigDataAlertRepository.Outcome found = alerts.outcome(alertId)
                .filter(o -> caller.countyWide() || caller.userId().equals(o.receivedBy()))
                .orElseThrow(() -> new NotFoundException("未找到预警 " + (alertId.length() > 64 ? alertId.substring(0, 64) + "…" : alertId)
                        + "（或不是本账号推送的）。"));
        ApiError.Detail error = found.errorCode() == null ? null : new ApiError.Detail(found.errorCode(), found.errorMessage(), null);
        return new Outcome(found.alertId(), found.result(), found.caseNumber(), found.caseStatus(), found.category(),
                found.category() == null ? null : CATEGORY_LABELS.get(found.category()), found.receivedAt(),
                found.closedAt(), error);
    }
}
