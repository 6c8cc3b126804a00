package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.common.ApiError;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases/{caseNumber}}: a case and the reports attached to it, for those who may see it. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "案件", description = "遇困对象发现处置案件及其上报记录")
public class CaseController {

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

    private final DiscoveryRepository repository;
    private final IdentityService identity;

    public CaseController(DiscoveryRepository repository, IdentityService identity) {
        this.repository = repository;
        this.identity = identity;
    }

    public record ReportView(String channel, String reporter, String description, boolean urgent, String result,
                             OffsetDateTime receivedAt) {
    }

    public record CaseView(String caseNumber, CaseStatus status, String townshipCode, String villageCode,
                           String channel, boolean urgent, boolean relatedToStaff, String category,
                           String processInstanceId, OffsetDateTime openedAt, List<ReportView> reports) {
    }

    @GetMapping("/{caseNumber}")
    @Operation(summary = "查询案件", description = "案件及其全部上报记录（按收到顺序）。只能查看本人工作范围内的案件："
            + "县民政局和部门可查全县，乡镇查本乡镇，村查本村；不存在和无权查看都答 404，不泄露案件是否存在。")
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
        var row = repository.findCase(caseNumber)
                .filter(c -> CallerScope.current(identity).covers(c.townshipCode(), c.villageCode()))
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
        List<ReportView> reports = repository.reportsOf(row.id()).stream()
                .map(r -> new ReportView(r.channel(), r.reporter(), r.description(), r.urgent(), r.result(), r.receivedAt()))
                .toList();
        return new CaseView(row.caseNumber(), row.status(), row.townshipCode(), row.villageCode(), row.channel(),
                row.urgent(), row.relatedToStaff(), row.category(), row.processInstanceId(), row.openedAt(), reports);
    }
}
