package cn.qingyang.assistance.intake;

import cn.qingyang.assistance.common.ApiException;
import org.springframework.http.HttpStatus;

/** The report contradicts an earlier one (e.g. an external reference reused for another person). Answered 409. */
public class ReportConflictException extends ApiException {

    public ReportConflictException(String message) {
        super(HttpStatus.CONFLICT, "CONFLICT", message, null);
    }
}
