package cn.qingyang.assistance.intake;

import cn.qingyang.assistance.common.ApiError;
import cn.qingyang.assistance.security.CallerScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/reports}: one entry point for reports from every channel. */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "上报", description = "各渠道上报遇困人员：立案或并入在办案件")
class ReportController {

    static final String REQUEST_EXAMPLE = """
            {"channel": "village_sweep", "townshipCode": "341723200", "villageCode": "341723200201",
             "reporter": "张卫国",
             "person": {"name": "周桂英", "idNumber": "341723194601050119", "phone": "13955661234"},
             "description": "独居老人，今年 3 月摔伤后行动不便，无固定收入，子女在外务工很少回家",
             "urgent": false, "relatedToStaff": false, "externalRef": null}""";

    private final RegistrationService registration;
    private final IdentityService identity;

    public ReportController(RegistrationService registration, IdentityService identity) {
        this.registration = registration;
        this.identity = identity;
    }

    /** 201 OPENED for a new case, 200 ATTACHED to the person's open case (or the first answer again). */
    @PostMapping
    @Operation(summary = "上报遇困人员",
            description = "登记一次上报。该人员没有在办案件时立案并启动“遇困对象发现处置”流程（201 OPENED）；"
                    + "已有在办案件时并入该案件（200 ATTACHED）；同一外部编号（externalRef）再次上报返回首次的结果（200）。"
                    + "村级账号只能上报本村，乡镇账号只能上报本乡镇；未填乡镇时按上报人所在村或乡镇补全。"
                    + "channel：village_sweep（村级摸排走访）、big_data（大数据监测预警）、hotline_12345（12345 热线）、"
                    + "online（网上申请）、walk_in（为民服务中心窗口）、petition（信访）、other_department（其他部门转介）。",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportRequest.class),
                            examples = @ExampleObject(name = "村级摸排上报", summary = "凌塘村信息采集员上报独居老人",
                                    value = REQUEST_EXAMPLE))))
    @ApiResponse(responseCode = "201", description = "已立案",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegistrationResult.class),
                    examples = @ExampleObject(name = "立案", value = "{\"caseNumber\": \"341723200-202611-0012\", \"result\": \"OPENED\"}")))
    @ApiResponse(responseCode = "200", description = "已并入该人员的在办案件，或同一 externalRef 的首次结果",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegistrationResult.class),
                    examples = @ExampleObject(name = "并入在办案件", value = "{\"caseNumber\": \"341723200-202611-0012\", \"result\": \"ATTACHED\"}")))
    @ApiResponse(responseCode = "400", description = "上报信息有误（中文说明及字段）",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class),
                    examples = @ExampleObject(name = "身份证号码有误",
                            value = "{\"error\": {\"code\": \"ID_NUMBER_CHECK_DIGIT\", \"message\": \"身份证号码校验位不正确，请核对后重新输入\", \"field\": \"person.idNumber\"}}")))
    @ApiResponse(responseCode = "401", description = "未登录", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "不在上报人的工作范围内",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class),
                    examples = @ExampleObject(name = "超出本村范围",
                            value = "{\"error\": {\"code\": \"FORBIDDEN\", \"message\": \"您只能上报本村（社区）或本乡镇的遇困人员：蓉城镇不在您的工作范围内。\"}}")))
    @ApiResponse(responseCode = "409", description = "externalRef 已用于另一人的上报",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class),
                    examples = @ExampleObject(name = "外部编号冲突",
                            value = "{\"error\": {\"code\": \"CONFLICT\", \"message\": \"外部编号（externalRef）12345-20261120-0087 已用于另一人的上报：同一编号只能对应同一次上报，请使用新的编号。\"}}")))
    public ResponseEntity<RegistrationResult> report(@RequestBody(required = false) ReportRequest request) {
        RegistrationResult result = registration.register(request, CallerScope.current(identity));
        HttpStatus status = result.result() == RegistrationResult.Result.OPENED && !result.repeated()
                ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(result);
    }
}
