package cn.qingyang.assistance.calendar;

import cn.qingyang.assistance.common.BadRequestException;
import java.util.List;

/** An arrangement an administrator sent with mistakes: each one a Chinese sentence saying what to fix. */
public class ArrangementRefusedException extends BadRequestException {

    private final List<String> problems;

    public ArrangementRefusedException(int year, List<String> problems, String field) {
        super("ARRANGEMENT_INVALID", year + " 年的节假日安排有 " + problems.size() + " 处需要改正，未保存："
                + String.join("；", problems.stream().limit(5).toList()) + (problems.size() > 5 ? "……" : "") + "。", field);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
