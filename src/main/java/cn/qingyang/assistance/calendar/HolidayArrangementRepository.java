package cn.qingyang.assistance.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The arrangements administrators entered (V19: {@code holiday_arrangement}), their change record
 * ({@code holiday_arrangement_change}) and the cluster's version row ({@code holiday_arrangement_version}).
 */
@Repository
public class HolidayArrangementRepository {

    /** Where a year's arrangement came from. */
    public enum Origin {
        /** shipped in application.yaml with the release */
        SHIPPED,
        /** entered by an administrator (stored in the database) */
        ENTERED,
        /** not published: counted from the statutory holidays alone (provisional) */
        STATUTORY
    }

    /** A year as entered. */
    public record Entered(HolidayArrangement arrangement, String source, String enteredBy, OffsetDateTime enteredAt) {
    }

    /** One recorded change; {@code before} is empty when the year was counted from the statutory holidays. */
    public record Change(long id, int year, String changedBy, OffsetDateTime changedAt, String source, Origin beforeOrigin,
                         SortedSet<LocalDate> beforeHolidays, SortedSet<LocalDate> beforeWorkdays,
                         SortedSet<LocalDate> afterHolidays, SortedSet<LocalDate> afterWorkdays) {
    }

    /** The version row: the serial for people, the token nodes compare. */
    public record Version(long serial, String token) {
    }

    private final JdbcClient jdbc;

    public HolidayArrangementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version row (one primary-key read). */
    public Version version() {
        return jdbc.sql("SELECT serial, token FROM holiday_arrangement_version WHERE id = 1")
                .query((rs, n) -> new Version(rs.getLong("serial"), rs.getString("token"))).single();
    }

    /**
     * A new version, taken first in the transaction that changes a year: the row lock it holds until
     * the commit makes two administrators' changes one after the other, so neither records a
     * "before" the other has already replaced.
     */
    public Version bumpVersion() {
        String token = UUID.randomUUID().toString();
        jdbc.sql("UPDATE holiday_arrangement_version SET serial = serial + 1, token = :token WHERE id = 1")
                .param("token", token).update();
        return version();
    }

    public List<Entered> entered() {
        return jdbc.sql("SELECT * FROM holiday_arrangement ORDER BY arrangement_year")
                .query((rs, n) -> new Entered(HolidayArrangement.of(rs.getInt("arrangement_year"),
                        dates(rs.getString("holidays")), dates(rs.getString("workdays"))), rs.getString("source"),
                        rs.getString("entered_by"), rs.getObject("entered_at", OffsetDateTime.class))).list();
    }

    public void store(HolidayArrangement arrangement, String source, String enteredBy, OffsetDateTime at) {
        int updated = jdbc.sql("UPDATE holiday_arrangement SET holidays = :holidays, workdays = :workdays, source = :source, "
                        + "entered_by = :by, entered_at = :at WHERE arrangement_year = :year")
                .param("holidays", text(arrangement.holidays())).param("workdays", text(arrangement.workdays()))
                .param("source", source).param("by", enteredBy).param("at", utc(at)).param("year", arrangement.year())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO holiday_arrangement (arrangement_year, holidays, workdays, source, entered_by, entered_at) "
                            + "VALUES (:year, :holidays, :workdays, :source, :by, :at)")
                    .param("year", arrangement.year()).param("holidays", text(arrangement.holidays()))
                    .param("workdays", text(arrangement.workdays())).param("source", source).param("by", enteredBy)
                    .param("at", utc(at)).update();
        }
    }

    /** Records a change and answers its id. */
    public long recordChange(int year, String changedBy, OffsetDateTime at, String source, Origin beforeOrigin,
                             HolidayArrangement before, HolidayArrangement after) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO holiday_arrangement_change (arrangement_year, changed_by, changed_at, source, before_origin, "
                        + "before_holidays, before_workdays, after_holidays, after_workdays) "
                        + "VALUES (:year, :by, :at, :source, :origin, :bh, :bw, :ah, :aw)")
                .param("year", year).param("by", changedBy).param("at", utc(at)).param("source", source)
                .param("origin", beforeOrigin.name())
                .param("bh", before == null ? null : text(before.holidays()))
                .param("bw", before == null ? null : text(before.workdays()))
                .param("ah", text(after.holidays())).param("aw", text(after.workdays()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public List<Change> changes() {
        return jdbc.sql("SELECT * FROM holiday_arrangement_change ORDER BY changed_at DESC, id DESC").query((org.springframework.jdbc.core.RowMapper<Change>) this::change).list();
    }

    public Optional<Change> change(long id) {
        return jdbc.sql("SELECT * FROM holiday_arrangement_change WHERE id = :id").param("id", id).query((org.springframework.jdbc.core.RowMapper<Change>) this::change).optional();
    }

    private Change change(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String beforeHolidays = rs.getString("before_holidays");
        return new Change(rs.getLong("id"), rs.getInt("arrangement_year"), rs.getString("changed_by"),
                rs.getObject("changed_at", OffsetDateTime.class), rs.getString("source"),
                Origin.valueOf(rs.getString("before_origin")),
                beforeHolidays == null ? null : dates(beforeHolidays),
                beforeHolidays == null ? null : dates(rs.getString("before_workdays")),
                dates(rs.getString("after_holidays")), dates(rs.getString("after_workdays")));
    }

    private static OffsetDateTime utc(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC);
    }

    static String text(Collection<LocalDate> dates) {
        return dates.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    static SortedSet<LocalDate> dates(String text) {
        SortedSet<LocalDate> dates = new TreeSet<>();
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::strip).map(LocalDate::parse).forEach(dates::add);
        }
        return dates;
    }
}
