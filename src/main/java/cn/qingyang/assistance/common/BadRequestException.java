package cn.qingyang.assistance.common;

import org.springframework.http.HttpStatus;

/** A request our API cannot serve as sent: a code for programs, a Chinese message, the field at fault. */
public class BadRequestException extends ApiException {

    public BadRequestException(String code, String message, String field) {
        super(HttpStatus.BAD_REQUEST, code, message, field);
    }
}
