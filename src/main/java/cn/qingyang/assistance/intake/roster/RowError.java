package cn.qingyang.assistance.intake.roster;

/** A row that was not imported: its spreadsheet row number (header = 1) and why, in Chinese. */
record RowError(Integer row, String message) {
}
