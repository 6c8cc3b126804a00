package cn.qingyang.assistance.common;

/** A request our API cannot serve as sent: a code for programs, a Chinese message, the field at fault. */
public class BadRequestException extends RuntimeException {

    private final String code;
    private final String field;

    public BadRequestException(String code, String message, String field) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
