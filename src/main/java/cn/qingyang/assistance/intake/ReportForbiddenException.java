package cn.qingyang.assistance.intake;

import cn.qingyang.assistance.common.ForbiddenException;

/** The caller may not report for or read that township or village. */
public class ReportForbiddenException extends ForbiddenException {

    public ReportForbiddenException(String message) {
        super(message);
    }
}
