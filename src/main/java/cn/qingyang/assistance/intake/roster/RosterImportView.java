package cn.qingyang.assistance.intake.roster;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A background import as {@code GET /api/rosters/imports/{id}} shows it (RUNNING, DONE or
 * FAILED). The 202 answer to the upload shows only id, status, processed and total.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RosterImportView(String id, String status, int processed, int total, Integer imported,
                               Integer duplicates, List<RowError> errors) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    /** The first answer: only the id, the status and the counts so far. */
    public RosterImportView started() {
        return new RosterImportView(id, status, processed, total, null, null, null);
    }
}
