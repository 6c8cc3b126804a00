package cn.qingyang.assistance.common;

import org.springframework.http.HttpStatus;

/**
 * A request our API answers with a person's reason: the HTTP status, a stable code for programs,
 * a Chinese message that says what to fix, and the field at fault (if one is). Every feature's
 * refusals extend it, and {@link ApiExceptionHandler} answers them all alike without knowing any
 * feature.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String field;

    public ApiException(HttpStatus status, String code, String message, String field) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
