package cn.qingyang.assistance.intake;

import cn.qingyang.assistance.common.BadRequestException;

/** A report that cannot be accepted as sent: a code for programs, a Chinese message, the field. */
public class ReportRejectedException extends BadRequestException {

    public ReportRejectedException(String code, String message, String field) {
        super(code, message, field);
    }
}
