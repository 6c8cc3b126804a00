package cn.qingyang.assistance.discovery;

/** A report that cannot be accepted as sent: a code for programs, a Chinese message, the field. */
public class ReportRejectedException extends RuntimeException {

    private final String code;
    private final String field;

    public ReportRejectedException(String code, String message, String field) {
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
