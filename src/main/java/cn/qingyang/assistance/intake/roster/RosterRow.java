package cn.qingyang.assistance.intake.roster;

import cn.qingyang.assistance.intake.ReportRejectedException;

/**
 * One data row of a roster as the person typed it (cells stripped, blank = null); {@code row} is
 * the spreadsheet row number, the header being row 1.
 */
public record RosterRow(int row, String sequence, String name, String idNumber, String phone, String township,
                        String village, String description, String urgent) {

    /** A row that cannot be registered as typed: the message names the column (【…】). */
    static ReportRejectedException invalid(String message, String field) {
        return new ReportRejectedException("ROSTER_ROW_INVALID", message, field);
    }
}
