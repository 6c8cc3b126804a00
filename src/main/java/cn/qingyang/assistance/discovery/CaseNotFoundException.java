package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.common.NotFoundException;

/** No such case, or none the caller may see (both answer 404, so existence does not leak). */
public class CaseNotFoundException extends NotFoundException {

    public CaseNotFoundException(String caseNumber) {
        super("未找到案件 " + caseNumber + "（或您无权查看）。");
    }
}
