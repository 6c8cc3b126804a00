package cn.qingyang.assistance.intake.roster;

import cn.qingyang.assistance.common.Texts;
import cn.qingyang.assistance.intake.Channel;
import cn.qingyang.assistance.intake.HouseholdHint;
import cn.qingyang.assistance.intake.RegistrationResult;
import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.intake.ReportConflictException;
import cn.qingyang.assistance.intake.ReportForbiddenException;
import cn.qingyang.assistance.intake.ReportRejectedException;
import cn.qingyang.assistance.intake.ReportRequest;
import cn.qingyang.assistance.intake.ReportValidator;
import cn.qingyang.assistance.intake.ValidReport;
import cn.qingyang.assistance.organisation.OrgUnitRepository;
import cn.qingyang.assistance.security.CallerScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks a roster's rows and registers them, in the calling thread: every row becomes a
 * {@code village_sweep} report registered through {@link RegistrationService}, with the same
 * validation, deduplication and scope rules as {@code POST /api/reports}.
 *
 * <ul>
 *   <li>Every row is checked first (ReportValidator and the caller's scope); in all_or_nothing
 *       mode one bad row means nothing is registered. A person repeated in the file is registered
 *       once; the later rows count as duplicates.</li>
 *   <li>Each row's external reference is {@code roster:<first 16 hex of the file's SHA-256>:<row>},
 *       so the same file uploaded again gets the first answers back: no new case, no new report
 *       (counted as duplicates).</li>
 * </ul>
 *
 * <p>Rows naming a household (户主姓名, 与户主关系) are grouped by {@link RosterHouseholds}: the
 * head is registered first, its members then join its household and case.
 *
 * <p>Registration itself is row by row (one transaction each, as for the API): should a row fail
 * while registering (e.g. the organisation changed meanwhile) the rows before it stay registered
 * even in all_or_nothing mode; the failure is listed and the same file can simply be uploaded again.
 */
@Component
class RosterImporter {

    static final String REPORTER = "村级花名册";
    static final int PROGRESS_EVERY = 50;
    private static final Logger log = LoggerFactory.getLogger(RosterImporter.class);
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9.]+[eE][+]?[0-9]+");
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "person.name", "姓名", "person.idNumber", "身份证号", "person.phone", "联系电话",
            "townshipCode", "乡镇", "villageCode", "村(社区)", "description", "困难情况", "reporter", "上报人",
            "person", "姓名");

    /** Called every {@value #PROGRESS_EVERY} rows and never for the last. */
    interface Progress {
        void update(int processed, int imported, int duplicates, List<RowError> errors);
    }

    /**
     * A row after the checks: the report to register, or why not, or a repeat of an earlier row;
     * where the person lives (village code, else township code) and their ID number; and, for a
     * member of a household the roster names, the head to join.
     */
    private record Checked(RosterRow row, ReportRequest request, String error, Integer repeatOf, String place,
                           String idNumber, HouseholdHint hint) {

        Checked(RosterRow row, ReportRequest request, String error, Integer repeatOf, String place, String idNumber) {
            this(row, request, error, repeatOf, place, idNumber, null);
        }

        static Checked refused(RosterRow row, String error) {
            return new Checked(row, null, error, null, null, null);
        }

        Checked refusedAs(String message) {
            return new Checked(row, null, message, null, place, idNumber);
        }

        Checked joining(HouseholdHint head) {
            return new Checked(row, request, error, repeatOf, place, idNumber, head);
        }
    }

    /** What became of a row that passed the checks. */
    private enum Registered { IMPORTED, DUPLICATE, FAILED }

    private final RegistrationService registration;
    private final ReportValidator validator;
    private final OrgUnitRepository orgUnits;

    RosterImporter(RegistrationService registration, ReportValidator validator, OrgUnitRepository orgUnits) {
        this.registration = registration;
        this.validator = validator;
        this.orgUnits = orgUnits;
    }

    RosterResult importRows(RosterFile file, ImportMode mode, CallerScope caller, Progress progress) {
        List<Checked> checked = checkAll(file, caller);
        if (mode == ImportMode.ALL_OR_NOTHING && checked.stream().anyMatch(c -> c.error() != null)) {
            return new RosterResult(0, 0, errorsOf(checked), true);
        }
        List<RowError> errors = new ArrayList<>();
        int processed = 0;
        int imported = 0;
        int duplicates = 0;
        // a household's head first, so that its members find the head's household to join
        List<Checked> inOrder = new ArrayList<>(checked.stream().filter(c -> c.hint() == null).toList());
        inOrder.addAll(checked.stream().filter(c -> c.hint() != null).toList());
        for (Checked row : inOrder) {
            if (row.error() != null) {
                errors.add(new RowError(row.row().row(), row.error()));
            } else if (row.repeatOf() != null) {
                duplicates++;
            } else {
                switch (register(row, caller, errors)) {
                    case IMPORTED -> imported++;
                    case DUPLICATE -> duplicates++;
                    case FAILED -> { }
                }
            }
            processed++;
            if (processed % PROGRESS_EVERY == 0 && processed < checked.size()) {
                progress.update(processed, imported, duplicates, List.copyOf(errors));
            }
        }
        errors.sort(java.util.Comparator.comparingInt(RowError::row));
        return new RosterResult(imported, duplicates, List.copyOf(errors), false);
    }

    private List<Checked> checkAll(RosterFile file, CallerScope caller) {
        PlaceNames places = new PlaceNames(orgUnits, caller);
        List<Checked> checked = new ArrayList<>(file.rows().size());
        Map<String, Integer> firstRowOfPerson = new HashMap<>();
        for (RosterRow row : file.rows()) {
            checked.add(check(row, file, caller, places, firstRowOfPerson));
        }
        return RosterHouseholds.group(checked.stream().map(RosterImporter::asMember).toList()).stream()
                .map(grouped -> {
                    Checked row = checked.get(grouped.index());
                    if (grouped.error() != null) {
                        return row.error() != null ? row : row.refusedAs(grouped.error());
                    }
                    return grouped.headIdNumber() == null ? row
                            : row.joining(new HouseholdHint(grouped.headIdNumber(), grouped.relation()));
                }).toList();
    }

    private static RosterHouseholds.Member asMember(Checked c) {
        return new RosterHouseholds.Member(c.row(), c.error() == null, c.place(), c.idNumber());
    }

    private static List<RowError> errorsOf(List<Checked> checked) {
        return checked.stream().filter(c -> c.error() != null).map(c -> new RowError(c.row().row(), c.error())).toList();
    }

    private Registered register(Checked row, CallerScope caller, List<RowError> errors) {
        try {
            RegistrationResult answer = registration.register(row.request(), caller, row.hint());
            // a member of a household the roster names joins the head's case: registered all the same
            boolean registered = answer.result() == RegistrationResult.Result.OPENED
                    || row.hint() != null && answer.result() == RegistrationResult.Result.ATTACHED;
            return registered && !answer.repeated() ? Registered.IMPORTED : Registered.DUPLICATE;
        } catch (ReportRejectedException e) {
            errors.add(new RowError(row.row().row(), message(e)));
        } catch (ReportForbiddenException | ReportConflictException e) {
            errors.add(new RowError(row.row().row(), e.getMessage()));
        } catch (RuntimeException e) {
            log.warn("roster row {} could not be registered", row.row().row(), e);
            errors.add(new RowError(row.row().row(),
                    "该行登记时发生系统错误，未能登记：请稍后重新上传同一文件（已登记的行不会重复登记）。"));
        }
        return Registered.FAILED;
    }

    private Checked check(RosterRow row, RosterFile file, CallerScope caller, PlaceNames places,
                          Map<String, Integer> firstRowOfPerson) {
        try {
            ReportRequest request = toRequest(row, file, places);
            ValidReport report = validator.validate(request);
            String villageCode = report.village() == null ? null : report.village().code();
            if (!caller.covers(report.township().code(), villageCode)) {
                return Checked.refused(row, "不在您的工作范围内：" + report.township().name()
                        + (report.village() == null ? "" : report.village().name())
                        + "的人员应由其所在村（社区）或乡镇上报，您只能导入本村（社区）或本乡镇的人员。");
            }
            Integer earlier = firstRowOfPerson.putIfAbsent(report.idNumber().value(), row.row());
            return new Checked(row, request, null, earlier, villageCode != null ? villageCode : report.township().code(),
                    report.idNumber().value());
        } catch (ReportRejectedException e) {
            return Checked.refused(row, message(e));
        }
    }

    private ReportRequest toRequest(RosterRow row, RosterFile file, PlaceNames places) {
        if (row.idNumber() != null && SCIENTIFIC.matcher(row.idNumber()).matches()) {
            throw RosterRow.invalid("【身份证号】“" + row.idNumber() + "”是 Excel 的科学计数法：号码被当作数字保存，末尾几位已丢失。"
                    + "请把身份证号列设为“文本”格式后重新录入完整号码。", "person.idNumber");
        }
        Boolean urgent = urgent(row.urgent());
        PlaceNames.Place place = places.resolve(row.township(), row.village());
        return new ReportRequest(Channel.VILLAGE_SWEEP.code(), place.townshipCode(), place.villageCode(), REPORTER,
                new ReportRequest.PersonData(row.name(), row.idNumber(), row.phone()), row.description(), urgent, false,
                "roster:" + file.shortHash() + ":" + row.row());
    }

    private static Boolean urgent(String value) {
        if (value == null) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "是", "y", "yes", "true", "1", "急难" -> true;
            case "否", "n", "no", "false", "0" -> false;
            default -> throw RosterRow.invalid("【是否急难】应填“是”或“否”（也可填 Y/N、1/0），实际为“"
                    + Texts.abbreviate(value) + "”。", null);
        };
    }

    private static String message(ReportRejectedException e) {
        if (e.getMessage().startsWith("【")) {
            return e.getMessage();
        }
        String column = e.field() == null ? null : COLUMN_OF_FIELD.get(e.field());
        return column == null ? e.getMessage() : "【" + column + "】" + e.getMessage();
    }
}
