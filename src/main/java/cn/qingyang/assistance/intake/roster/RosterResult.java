package cn.qingyang.assistance.intake.roster;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What an import did: new cases opened, rows that were duplicates (the person already had an
 * open case, the row repeats an earlier row of the file, or the roster was uploaded before) and
 * the rows refused. {@code refused}: all_or_nothing found errors, so nothing was imported.
 */
public record RosterResult(int imported, int duplicates, List<RowError> errors, @JsonIgnore boolean refused) {
}
