package cn.qingyang.assistance.common;

import org.springframework.http.HttpStatus;

/** The caller may not see or do this; the message says why in Chinese. Answered 403. */
public class ForbiddenException extends ApiException {

    public ForbiddenException(String message) {
        super(HttpStatus.FORBIDDEN, "FORBIDDEN", message, null);
    }
}
