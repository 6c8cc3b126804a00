package cn.qingyang.assistance.intake.alerts;

import cn.qingyang.assistance.common.Texts;

import cn.qingyang.assistance.intake.Channel;
import cn.qingyang.assistance.intake.RegistrationResult;
import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.intake.ReportConflictException;
import cn.qingyang.assistance.intake.ReportForbiddenException;
import cn.qingyang.assistance.intake.ReportRejectedException;
import cn.qingyang.assistance.intake.ReportRequest;
import cn.qingyang.assistance.security.CallerScope;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a batch of big-data warnings as reports of channel {@code big_data}, each alert in a
 * transaction of its own: a refused or failed alert never undoes the others. Idempotent by
 * alertId: the alert's row in {@code big_data_alert} is claimed first (unique constraint), so a
 * resent alert, or the same alert in two batches at once, is processed once and otherwise
 * answered DUPLICATE. A REJECTED alert sent again (corrected) under its alertId is processed again.
 */
@Service
class BigDataAlertService {

    public static final int MAX_BATCH = 1000;
    static final int MAX_ALERT_ID = 64;
    static final int MAX_SOURCE = 50;
    static final int ATTEMPTS = 5;
    /** Clocks of the platform and ours may differ a little. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    static final String REJECTED = AlertResult.Result.REJECTED.name();

    private static final Logger log = LoggerFactory.getLogger(BigDataAlertService.class);
    /** Alert fields and the report fields the registration validator names. */
    private static final Map<String, String> FIELDS = Map.of("person.name", "name", "person.idNumber", "idNumber",
            "person", "name", "description", "details", "reporter", "source", "externalRef", "alertId");

    private final RegistrationService registration;
    private final BigDataAlertRepository alerts;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;

    public BigDataAlertService(RegistrationService registration, BigDataAlertRepository alerts,
                               PlatformTransactionManager transactionManager, Clock clock) {
        this.registration = registration;
        this.alerts = alerts;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** One answer per alert, in the batch's order. */
    public List<AlertResult> receive(List<JsonNode> batch, CallerScope caller) {
        Set<String> seen = new HashSet<>();
        List<AlertResult> results = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            results.add(receiveOne(batch.get(i), i + 1, caller, seen));
        }
        return results;
    }

    private AlertResult receiveOne(JsonNode item, int position, CallerScope caller, Set<String> seen) {
        String where = "第 " + position + " 条预警";
        if (item == null || !item.isObject()) {
            return AlertResult.rejected(null, "ALERT_INVALID", where + "不是 JSON 对象：每条预警应为 {\"alertId\": …, \"type\": …} 的形式。", null);
        }
        String alertId;
        try {
            alertId = text(item, "alertId", "预警编号");
        } catch (ReportRejectedException e) {
            return AlertResult.rejected(null, e.code(), where + "：" + e.getMessage(), e.field());
        }
        if (alertId == null) {
            return AlertResult.rejected(null, "ALERT_ID_MISSING", where + "缺少预警编号（alertId）：每条预警须有平台内唯一的编号。", "alertId");
        }
        if (alertId.length() > MAX_ALERT_ID) {
            return AlertResult.rejected(alertId, "ALERT_ID_TOO_LONG", "预警编号（alertId）不能超过 " + MAX_ALERT_ID + " 个字符。", "alertId");
        }
        if (!seen.add(alertId)) {
            return AlertResult.duplicate(alertId, alerts.find(alertId).map(BigDataAlertRepository.Recorded::caseNumber).orElse(null));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> process(item, alertId, caller));
            } catch (LostRace lost) {
                // the same alert in another batch at this moment: that one processed it
                return AlertResult.duplicate(alertId, alerts.find(alertId).map(BigDataAlertRepository.Recorded::caseNumber).orElse(null));
            } catch (ConcurrencyFailureException | DuplicateKeyException busy) {
                // a lock wait ran out, or the person's registration kept losing races: try the alert again
                if (attempt == ATTEMPTS) {
                    log.warn("big-data alert {} not processed after {} attempts", alertId, attempt, busy);
                    return AlertResult.rejected(alertId, "BUSY", "系统繁忙，该条预警未能处理，请稍后重新推送（预警编号不变）。", null);
                }
            } catch (RuntimeException unexpected) {
                log.error("big-data alert {} failed", alertId, unexpected);
                return AlertResult.rejected(alertId, "INTERNAL_ERROR", "服务器内部错误，该条预警未能处理，请稍后重新推送；如持续出现请联系系统管理员。", null);
            }
        }
    }

    /** Inside the alert's own transaction. */
    private AlertResult process(JsonNode item, String alertId, CallerScope caller) {
        var earlier = alerts.find(alertId);
        if (earlier.isPresent()) {
            if (!REJECTED.equals(earlier.get().result())) {
                return AlertResult.duplicate(alertId, earlier.get().caseNumber());
            }
            // rejected before: process it again, unless another batch is doing so right now
            if (!alerts.lockResult(alertId).map(REJECTED::equals).orElse(false)) {
                return AlertResult.duplicate(alertId, alerts.find(alertId).map(BigDataAlertRepository.Recorded::caseNumber).orElse(null));
            }
        } else {
            try {
                alerts.claim(alertId, caller.userId());
            } catch (DuplicateKeyException raced) {
                throw new LostRace();
            }
        }
        Fields fields = new Fields(item);
        try {
            ReportRequest report = fields.toReport(alertId);
            RegistrationResult registered = registration.register(report, caller);
            Long caseId = alerts.caseId(registered.caseNumber()).orElse(null);
            if (registered.repeated()) {
                // the platform's reference reached us before through POST /api/reports
                alerts.finish(alertId, fields.recorded(), AlertResult.Result.DUPLICATE.name(), caseId, null, null, caller.userId());
                return AlertResult.duplicate(alertId, registered.caseNumber());
            }
            String result = registered.result().name();
            alerts.finish(alertId, fields.recorded(), result, caseId, null, null, caller.userId());
            return new AlertResult(alertId, AlertResult.Result.valueOf(result), registered.caseNumber(), null);
        } catch (ReportRejectedException e) {
            return reject(alertId, fields, e.code(), e.getMessage(), FIELDS.getOrDefault(e.field(), e.field()), caller);
        } catch (ReportConflictException e) {
            return reject(alertId, fields, "CONFLICT", e.getMessage(), "alertId", caller);
        } catch (ReportForbiddenException e) {
            return reject(alertId, fields, "FORBIDDEN", e.getMessage(), "townshipCode", caller);
        }
    }

    private AlertResult reject(String alertId, Fields fields, String code, String message, String field, CallerScope caller) {
        alerts.finish(alertId, fields.recorded(), REJECTED, null, code, message, caller.userId());
        return AlertResult.rejected(alertId, code, message, field);
    }

    /** An alert's fields, read leniently (what was sent is recorded) and checked on {@link #toReport}. */
    private final class Fields {

        private final JsonNode item;
        private String source;
        private String type;
        private OffsetDateTime detectedAt;
        private String townshipCode;

        Fields(JsonNode item) {
            this.item = item;
            this.source = lenient("source");
            this.type = lenient("type");
            this.townshipCode = lenient("townshipCode");
        }

        ReportRequest toReport(String alertId) {
            source = text(item, "source", "预警来源");
            if (source == null) {
                throw reject("SOURCE_MISSING", "请填写预警来源（source），如“医保部门”“人社部门”。", "source");
            }
            if (source.length() > MAX_SOURCE) {
                throw reject("SOURCE_TOO_LONG", "预警来源（source）不能超过 " + MAX_SOURCE + " 个字。", "source");
            }
            type = text(item, "type", "预警类型");
            AlertType alertType = AlertType.fromCode(type).orElseThrow(() -> reject("TYPE_UNKNOWN",
                    "预警类型“" + (type == null ? "" : Texts.abbreviate(type)) + "”无效，应为：" + AlertType.listed() + "。", "type"));
            detectedAt = detectedAt(text(item, "detectedAt", "预警时间"));
            JsonNode details = item.get("details");
            if (details != null && !details.isNull() && !details.isObject()) {
                throw reject("DETAILS_INVALID", "预警详情（details）应为 JSON 对象，如 {\"category\": \"医疗\", \"months\": 3, \"amount\": 45000}。", "details");
            }
            townshipCode = text(item, "townshipCode", "乡镇编码");
            return new ReportRequest(Channel.BIG_DATA.code(), townshipCode, text(item, "villageCode", "村（社区）编码"),
                    source, new ReportRequest.PersonData(text(item, "name", "姓名"), text(item, "idNumber", "身份证号码"), null),
                    AlertDescriptions.describe(alertType, details), false, false, "alert:" + alertId);
        }

        BigDataAlertRepository.Fields recorded() {
            JsonNode details = item.get("details");
            return new BigDataAlertRepository.Fields(source, type, detectedAt, townshipCode,
                    details == null || details.isNull() ? null : details.toString());
        }

        private String lenient(String field) {
            JsonNode node = item.get(field);
            return node == null || !node.isValueNode() || node.isNull() ? null : node.asText();
        }

        private OffsetDateTime detectedAt(String raw) {
            if (raw == null) {
                throw reject("DETECTED_AT_MISSING", "请填写预警时间（detectedAt），ISO-8601 格式，如 2026-11-20T08:30:00+08:00。", "detectedAt");
            }
            OffsetDateTime at;
            try {
                at = OffsetDateTime.parse(raw);
            } catch (DateTimeException withoutOffset) {
                try {
                    at = LocalDateTime.parse(raw).atZone(zone).toOffsetDateTime();
                } catch (DateTimeException e) {
                    throw reject("DETECTED_AT_INVALID", "预警时间（detectedAt）“" + Texts.abbreviate(raw)
                            + "”不是 ISO-8601 格式的时间，应如 2026-11-20T08:30:00+08:00。", "detectedAt");
                }
            }
            if (at.toInstant().isAfter(clock.instant().plus(CLOCK_SKEW))) {
                throw reject("DETECTED_AT_FUTURE", "预警时间（detectedAt）" + raw + " 晚于当前时间，请核对平台时钟。", "detectedAt");
            }
            return at;
        }
    }

    /** A text field (numbers are taken as their text), null if absent or blank. */
    private static String text(JsonNode item, String field, String label) {
        JsonNode node = item.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() && !node.isNumber()) {
            throw reject(field.toUpperCase(java.util.Locale.ROOT) + "_INVALID", label + "（" + field + "）应为文本。", field);
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static ReportRejectedException reject(String code, String message, String field) {
        return new ReportRejectedException(code, message, field);
    }


    /** Another transaction claimed the alertId first. */
    private static final class LostRace extends RuntimeException {
        LostRace() {
            super(null, null, false, false);
        }
    }
}
