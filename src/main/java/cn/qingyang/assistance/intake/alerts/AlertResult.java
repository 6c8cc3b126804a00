package cn.qingyang.assistance.intake.alerts;

import cn.qingyang.assistance.common.ApiError;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer for one alert of a batch, in the batch's order. OPENED: a new case; ATTACHED: the
 * person's open case got the report; DUPLICATE: this alertId came before (or earlier in the same
 * batch) and nothing changed; REJECTED: not accepted, {@code error} says why in Chinese.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AlertResult(String alertId, Result result, String caseNumber, ApiError.Detail error) {

    public enum Result { OPENED, ATTACHED, DUPLICATE, REJECTED }

    static AlertResult rejected(String alertId, String code, String message, String field) {
        return new AlertResult(alertId, Result.REJECTED, null, new ApiError.Detail(code, message, field));
    }

    static AlertResult duplicate(String alertId, String caseNumber) {
        return new AlertResult(alertId, Result.DUPLICATE, caseNumber, null);
    }
}
