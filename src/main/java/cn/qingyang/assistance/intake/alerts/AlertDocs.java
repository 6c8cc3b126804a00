package cn.qingyang.assistance.intake.alerts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** The shape of an alert, for the API document only (the controller reads each alert leniently). */
final class AlertDocs {

    private AlertDocs() {
    }

    @Schema(name = "BigDataAlert", description = "一条大数据预警")
    record Alert(
            @Schema(description = "预警编号，平台内唯一；同一编号再次推送答 DUPLICATE", example = "BD-20261120-000123", requiredMode = Schema.RequiredMode.REQUIRED)
            String alertId,
            @Schema(description = "预警来源（数据部门）", example = "县医疗保障局医保结算数据", requiredMode = Schema.RequiredMode.REQUIRED)
            String source,
            @Schema(description = "18 位居民身份证号码（任何地区签发的有效号码；居住地以乡镇、村为准）", example = "341723194601050119", requiredMode = Schema.RequiredMode.REQUIRED)
            String idNumber,
            @Schema(description = "姓名", example = "周桂英", requiredMode = Schema.RequiredMode.REQUIRED)
            String name,
            @Schema(description = "乡镇编码", example = "341723200", requiredMode = Schema.RequiredMode.REQUIRED)
            String townshipCode,
            @Schema(description = "村（社区）编码，可不填", example = "341723200201")
            String villageCode,
            @Schema(description = "预警类型", allowableValues = {"EXPENDITURE_SURGE", "INCOME_DROP", "INCOME_UNSTABLE", "OTHER"},
                    example = "EXPENDITURE_SURGE", requiredMode = Schema.RequiredMode.REQUIRED)
            String type,
            @Schema(description = "预警时间，ISO-8601", example = "2026-11-20T08:30:00+08:00", requiredMode = Schema.RequiredMode.REQUIRED)
            String detectedAt,
            @Schema(description = "预警详情：支出骤增用 category、months、amount；收入骤减用 months、before、after；"
                    + "收入不稳定用 months、min、max；其他用 reason；summary 可直接给出摘要")
            Map<String, Object> details) {
    }
}
