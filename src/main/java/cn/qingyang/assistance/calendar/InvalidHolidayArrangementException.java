package cn.qingyang.assistance.calendar;

import java.util.List;

/** A holiday arrangement with wrong dates; its message names each of them in Chinese. */
public class InvalidHolidayArrangementException extends IllegalArgumentException {

    private final int year;
    private final List<String> problems;

    public InvalidHolidayArrangementException(int year, List<String> problems) {
        super(year + " 年的节假日安排有误：" + String.join("；", problems));
        this.year = year;
        this.problems = List.copyOf(problems);
    }

    public int year() {
        return year;
    }

    /** Each problem, a sentence in Chinese. */
    public List<String> problems() {
        return problems;
    }
}
