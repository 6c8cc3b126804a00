package cn.qingyang.assistance.discovery;

/** The caller may not report for or read that township or village. */
public class ReportForbiddenException extends RuntimeException {

    public ReportForbiddenException(String message) {
        super(message);
    }
}
