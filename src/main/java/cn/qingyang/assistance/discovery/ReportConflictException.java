package cn.qingyang.assistance.discovery;

/** The report contradicts an earlier one (e.g. an external reference reused for another person). */
public class ReportConflictException extends RuntimeException {

    public ReportConflictException(String message) {
        super(message);
    }
}
