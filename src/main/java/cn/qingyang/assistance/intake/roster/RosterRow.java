package cn.qingyang.assistance.intake.roster;

import cn.qingyang.assistance.intake.ReportRejectedException;

/**
 * One data row of a roster as the person typed it (cells stripped, blank = null); {@code row} is
 * the spreadsheet row number, the header being row 1. {@code headName} and {@code relation} are
 * the optional household columns (户主姓名, 与户主关系), {@code null} when absent or blank.
 */
record RosterRow(int row, String sequence, String name, String idNumber, String phone, String township,
                        String village, String description, String urgent, String headName, String relation) {

    /** A row of a roster without the household columns. */
    RosterRow(int row, String sequence, String name, String idNumber, String phone, String township,
              String village, String description, String urgent) {
        this(row, sequence, name, idNumber, phone, township, village, description, urgent, null, null);
    }

    /** Whether the row names a household (户主姓名 or 与户主关系 filled). */
    boolean inHousehold() {
        return headName != null || relation != null;
    }

    /** A row that cannot be registered as typed: the message names the column (【…】). */
    static ReportRejectedException invalid(String message, String field) {
        return new ReportRejectedException("ROSTER_ROW_INVALID", message, field);
    }
}
