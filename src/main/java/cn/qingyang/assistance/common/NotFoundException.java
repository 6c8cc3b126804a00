package cn.qingyang.assistance.common;

import org.springframework.http.HttpStatus;

/** Nothing of the kind asked for exists yet (or the caller may not see it); the message says what, in Chinese. Answered 404. */
public class NotFoundException extends ApiException {

    public NotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, "NOT_FOUND", message, null);
    }
}
