package cn.qingyang.assistance.intake.roster;

import cn.qingyang.assistance.common.Texts;

import cn.qingyang.assistance.intake.Channel;
import cn.qingyang.assistance.intake.RegistrationResult;
import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.intake.ReportConflictException;
import cn.qingyang.assistance.intake.ReportForbiddenException;
import cn.qingyang.assistance.intake.ReportRejectedException;
import cn.qingyang.assistance.intake.ReportRequest;
import cn.qingyang.assistance.intake.ReportValidator;
import cn.qingyang.assistance.intake.ValidReport;
import cn.qingyang.assistance.organisation.OrgLevel;
import cn.qingyang.assistance.organisation.OrgUnit;
import cn.qingyang.assistance.organisation.OrgUnitRepository;
import cn.qingyang.assistance.organisation.OrganisationGroups;
import cn.qingyang.assistance.security.CallerScope;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Imports a roster (花名册): every row becomes a {@code village_sweep} report registered through
 * {@link RegistrationService}, with the same validation, deduplication and scope rules as
 * {@code POST /api/reports}.
 *
 * <ul>
 *   <li>Every row is checked first (ReportValidator and the caller's scope); in all_or_nothing
 *       mode one bad row means nothing is registered. A person repeated in the file is registered
 *       once; the later rows count as duplicates.</li>
 *   <li>Each row's external reference is {@code roster:<first 16 hex of the file's SHA-256>:<row>},
 *       so the same file uploaded again gets the first answers back: no new case, no new report
 *       (counted as duplicates).</li>
 *   <li>Rosters of more than {@code qingyang.roster.async-above-rows} (500) data rows are imported
 *       by a single background worker, one roster after another, under the uploader's identity;
 *       progress is written to {@code roster_import} every 50 rows.</li>
 * </ul>
 *
 * <p>Registration itself is row by row (one transaction each, as for the API): should a row fail
 * while registering (e.g. the organisation changed meanwhile) the rows before it stay registered
 * even in all_or_nothing mode; the failure is listed and the same file can simply be uploaded again.
 */
@Service
public class RosterImportService implements SmartInitializingSingleton {

    static final String REPORTER = "村级花名册";
    static final int PROGRESS_EVERY = 50;
    private static final Logger log = LoggerFactory.getLogger(RosterImportService.class);
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9.]+[eE][+]?[0-9]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "person.name", "姓名", "person.idNumber", "身份证号", "person.phone", "联系电话",
            "townshipCode", "乡镇", "villageCode", "村(社区)", "description", "困难情况", "reporter", "上报人",
            "person", "姓名");

    private final RegistrationService registration;
    private final ReportValidator validator;
    private final OrgUnitRepository orgUnits;
    private final RosterImportRepository imports;
    private final IdentityService identity;
    private final RosterReader reader;
    private final int asyncAboveRows;
    private final ExecutorService worker;

    public RosterImportService(RegistrationService registration, ReportValidator validator, OrgUnitRepository orgUnits,
                               RosterImportRepository imports, IdentityService identity,
                               @Value("${qingyang.roster.async-above-rows:500}") int asyncAboveRows,
                               @Value("${qingyang.roster.max-rows:20000}") int maxRows) {
        this.registration = registration;
        this.validator = validator;
        this.orgUnits = orgUnits;
        this.imports = imports;
        this.identity = identity;
        this.reader = new RosterReader(maxRows);
        this.asyncAboveRows = asyncAboveRows;
        AtomicInteger threads = new AtomicInteger();
        // One roster after another: imports of the same township never compete for its case numbers.
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(20), task -> {
            Thread thread = new Thread(task, "roster-import-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The upload's answer: a finished result (small rosters) or the background import just started. */
    public record Outcome(RosterResult result, RosterImportView started) {
    }

    /**
     * Reads and imports an upload. {@code authentication} is the caller's engine authentication,
     * carried over to the background worker (built from the scope when null).
     *
     * @throws RosterException when the file as a whole is refused (nothing imported)
     */
    public Outcome upload(byte[] content, String fileName, String mode, CallerScope caller, Authentication authentication) {
        RosterFile file = reader.read(content, fileName);
        ImportMode importMode = ImportMode.fromCode(mode).orElseThrow(() -> new RosterException(HttpStatus.BAD_REQUEST,
                RosterException.MODE, "导入方式（mode）“" + mode + "”无效：应为 all_or_nothing（任一行有误则全部不导入，默认）"
                + "或 valid_rows（导入正确的行，列出有误的行）。", "mode"));
        if (file.rows().size() <= asyncAboveRows) {
            return new Outcome(importRoster(file, importMode, caller), null);
        }
        return new Outcome(null, startInBackground(file, importMode, caller,
                authentication != null ? authentication : new Authentication(caller.userId(), caller.groups())));
    }

    /** Reads a roster file (for callers that import directly, e.g. the benchmark). */
    public RosterFile read(byte[] content, String fileName) {
        return reader.read(content, fileName);
    }

    /** Imports a roster in the calling thread. */
    public RosterResult importRoster(RosterFile file, ImportMode mode, CallerScope caller) {
        return importRows(file, mode, caller, (processed, imported, duplicates, errors) -> {
        });
    }

    /** A background import, for its uploader, the county or an administrator. */
    public RosterImportView find(String id, CallerScope caller) {
        return imports.find(id)
                .filter(stored -> stored.uploadedBy().equals(caller.userId())
                        || caller.groups().contains(OrganisationGroups.COUNTY)
                        || caller.groups().contains(OrganisationGroups.ADMIN))
                .map(RosterImportRepository.StoredImport::view)
                .orElseThrow(() -> new RosterException(HttpStatus.NOT_FOUND, RosterException.NOT_FOUND,
                        "导入任务“" + Texts.abbreviate(id) + "”不存在，或您无权查看。", null));
    }

    /**
     * An import still RUNNING when the server stopped will never finish: say so, before the web
     * server takes its first request (so nobody polls a dead import as running).
     */
    @Override
    public void afterSingletonsInstantiated() {
        failAbandonedImports();
    }

    public void failAbandonedImports() {
        int abandoned = imports.failAbandoned("导入因服务器重启而中断：已登记的行不会重复登记，请重新上传同一文件完成剩余部分。");
        if (abandoned > 0) {
            log.warn("{} roster import(s) interrupted by a restart marked FAILED", abandoned);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- background

    private RosterImportView startInBackground(RosterFile file, ImportMode mode, CallerScope caller,
                                               Authentication authentication) {
        String id = UUID.randomUUID().toString();
        int total = file.rows().size();
        imports.insert(id, caller.userId(), file.sha256(), mode, total);
        try {
            worker.execute(() -> runInBackground(id, file, mode, caller, authentication));
        } catch (RejectedExecutionException e) {
            imports.finish(id, RosterImportView.FAILED, 0, new RosterResult(0, 0,
                    List.of(new RowError(null, "导入任务排队过多，未开始导入。")), true));
            throw new RosterException(HttpStatus.SERVICE_UNAVAILABLE, RosterException.BUSY,
                    "当前排队的花名册导入任务过多，请稍后再上传。", null);
        }
        log.info("roster import {} started by {}: {} rows ({}), mode {}", id, caller.userId(), total, file.format(),
                mode.code());
        return new RosterImportView(id, RosterImportView.RUNNING, 0, total, null, null, null);
    }

    private void runInBackground(String id, RosterFile file, ImportMode mode, CallerScope caller,
                                 Authentication authentication) {
        identity.setAuthentication(authentication);
        int total = file.rows().size();
        try {
            RosterResult result = importRows(file, mode, caller,
                    (processed, imported, duplicates, errors) -> imports.progress(id, processed, imported, duplicates, errors));
            imports.finish(id, result.refused() ? RosterImportView.FAILED : RosterImportView.DONE, total, result);
            log.info("roster import {} finished: {} imported, {} duplicates, {} errors", id, result.imported(),
                    result.duplicates(), result.errors().size());
        } catch (RuntimeException | Error e) {
            log.error("roster import {} failed", id, e);
            imports.finish(id, RosterImportView.FAILED, 0, new RosterResult(0, 0, List.of(new RowError(null,
                    "导入过程中发生系统错误，已中断：已登记的行不会重复登记，请稍后重新上传同一文件；如持续出现请联系系统管理员。")), true));
        } finally {
            identity.clearAuthentication();
        }
    }

    // ---------------------------------------------------------------- the import

    /** Called every {@value #PROGRESS_EVERY} rows and never for the last. */
    interface Progress {
        void update(int processed, int imported, int duplicates, List<RowError> errors);
    }

    /** A row after the checks: the report to register, or why not, or a repeat of an earlier row. */
    private record Checked(RosterRow row, ReportRequest request, String error, Integer repeatOf) {
    }

    RosterResult importRows(RosterFile file, ImportMode mode, CallerScope caller, Progress progress) {
        Places places = new Places(orgUnits, caller);
        List<Checked> checked = new ArrayList<>(file.rows().size());
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> firstRowOfPerson = new HashMap<>();
        for (RosterRow row : file.rows()) {
            Checked result = check(row, file, caller, places, firstRowOfPerson);
            if (result.error() != null) {
                errors.add(new RowError(row.row(), result.error()));
            }
            checked.add(result);
        }
        if (mode == ImportMode.ALL_OR_NOTHING && !errors.isEmpty()) {
            return new RosterResult(0, 0, List.copyOf(errors), true);
        }
        errors.clear();
        int processed = 0;
        int imported = 0;
        int duplicates = 0;
        for (Checked row : checked) {
            if (row.error() != null) {
                errors.add(new RowError(row.row().row(), row.error()));
            } else if (row.repeatOf() != null) {
                duplicates++;
            } else {
                try {
                    RegistrationResult answer = registration.register(row.request(), caller);
                    if (answer.result() == RegistrationResult.Result.OPENED && !answer.repeated()) {
                        imported++;
                    } else {
                        duplicates++;
                    }
                } catch (ReportRejectedException e) {
                    errors.add(new RowError(row.row().row(), message(e)));
                } catch (ReportForbiddenException | ReportConflictException e) {
                    errors.add(new RowError(row.row().row(), e.getMessage()));
                } catch (RuntimeException e) {
                    log.warn("roster row {} could not be registered", row.row().row(), e);
                    errors.add(new RowError(row.row().row(),
                            "该行登记时发生系统错误，未能登记：请稍后重新上传同一文件（已登记的行不会重复登记）。"));
                }
            }
            processed++;
            if (processed % PROGRESS_EVERY == 0 && processed < checked.size()) {
                progress.update(processed, imported, duplicates, List.copyOf(errors));
            }
        }
        return new RosterResult(imported, duplicates, List.copyOf(errors), false);
    }

    private Checked check(RosterRow row, RosterFile file, CallerScope caller, Places places,
                          Map<String, Integer> firstRowOfPerson) {
        try {
            ReportRequest request = toRequest(row, file, places);
            ValidReport report = validator.validate(request);
            String villageCode = report.village() == null ? null : report.village().code();
            if (!caller.covers(report.township().code(), villageCode)) {
                return new Checked(row, null, "不在您的工作范围内：" + report.township().name()
                        + (report.village() == null ? "" : report.village().name())
                        + "的人员应由其所在村（社区）或乡镇上报，您只能导入本村（社区）或本乡镇的人员。", null);
            }
            Integer earlier = firstRowOfPerson.putIfAbsent(report.idNumber().value(), row.row());
            return new Checked(row, request, null, earlier);
        } catch (ReportRejectedException e) {
            return new Checked(row, null, message(e), null);
        }
    }

    private ReportRequest toRequest(RosterRow row, RosterFile file, Places places) {
        if (row.idNumber() != null && SCIENTIFIC.matcher(row.idNumber()).matches()) {
            throw reject("【身份证号】“" + row.idNumber() + "”是 Excel 的科学计数法：号码被当作数字保存，末尾几位已丢失。"
                    + "请把身份证号列设为“文本”格式后重新录入完整号码。", "person.idNumber");
        }
        Boolean urgent = urgent(row.urgent());
        String[] place = places.resolve(row.township(), row.village());
        return new ReportRequest(Channel.VILLAGE_SWEEP.code(), place[0], place[1], REPORTER,
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
            default -> throw reject("【是否急难】应填“是”或“否”（也可填 Y/N、1/0），实际为“" + Texts.abbreviate(value) + "”。", null);
        };
    }

    private static String message(ReportRejectedException e) {
        if (e.getMessage().startsWith("【")) {
            return e.getMessage();
        }
        String column = e.field() == null ? null : COLUMN_OF_FIELD.get(e.field());
        return column == null ? e.getMessage() : "【" + column + "】" + e.getMessage();
    }

    private static ReportRejectedException reject(String message, String field) {
        return new ReportRejectedException("ROSTER_ROW_INVALID", message, field);
    }


    /**
     * Townships and villages by name or code, loaded once per import, and the caller's own
     * village or township (a village team may leave both columns blank).
     */
    private static final class Places {

        private final Map<String, OrgUnit> townshipsByName = new HashMap<>();
        private final Map<String, OrgUnit> townshipsByCode = new HashMap<>();
        private final Map<String, OrgUnit> villagesByCode = new HashMap<>();
        private final Map<String, OrgUnit> villagesByTownshipAndName = new HashMap<>();
        private final OrgUnit ownVillage;
        private final String ownTownship;

        Places(OrgUnitRepository orgUnits, CallerScope caller) {
            for (OrgUnit township : orgUnits.findActive(OrgLevel.TOWNSHIP)) {
                townshipsByName.put(township.name(), township);
                townshipsByCode.put(township.code(), township);
            }
            for (OrgUnit village : orgUnits.findActive(OrgLevel.VILLAGE)) {
                villagesByCode.put(village.code(), village);
                villagesByTownshipAndName.put(village.parentCode() + "/" + normaliseName(village.name()), village);
            }
            List<OrgUnit> villages = caller.villageCodes().stream().map(villagesByCode::get).filter(v -> v != null).toList();
            ownVillage = villages.size() == 1 ? villages.get(0) : null;
            Set<String> townships = new java.util.TreeSet<>();
            townshipsByCode.keySet().stream().filter(code -> caller.groups().contains(OrganisationGroups.township(code)))
                    .forEach(townships::add);
            ownTownship = ownVillage != null ? ownVillage.parentCode() : townships.size() == 1 ? townships.iterator().next() : null;
        }

        /** {townshipCode, villageCode} for the validator (codes it does not know, it refuses itself). */
        String[] resolve(String township, String village) {
            String townshipCode = null;
            if (township != null) {
                if (DIGITS.matcher(township).matches()) {
                    townshipCode = township;
                } else {
                    townshipCode = Optional.ofNullable(townshipsByName.get(normaliseName(township)))
                            .or(() -> Optional.ofNullable(townshipsByName.get(township))).map(OrgUnit::code)
                            .orElseThrow(() -> reject("【乡镇】“" + Texts.abbreviate(township) + "”不是本县在册的乡镇：请填写乡镇全称（如 乔木乡）或 9 位区划编码。", "townshipCode"));
                }
            }
            String villageCode = null;
            if (village != null) {
                if (DIGITS.matcher(village).matches()) {
                    villageCode = village;
                    if (townshipCode == null) {
                        OrgUnit known = villagesByCode.get(village);
                        if (known == null) {
                            throw reject("【村(社区)】编码“" + Texts.abbreviate(village) + "”不是本县在册的村（社区）。", "villageCode");
                        }
                        townshipCode = known.parentCode();
                    }
                } else {
                    String within = townshipCode != null ? townshipCode : ownTownship;
                    if (within == null) {
                        throw reject("【乡镇】按名称填写村（社区）时，请同时填写所属乡镇。", "townshipCode");
                    }
                    OrgUnit known = villagesByTownshipAndName.get(within + "/" + normaliseName(village));
                    if (known == null) {
                        OrgUnit inTownship = townshipsByCode.get(within);
                        throw reject("【村(社区)】“" + Texts.abbreviate(village) + "”不是" + (inTownship == null ? "所填乡镇" : inTownship.name())
                                + "在册的村（社区）：请核对名称，或填写 12 位区划编码。", "villageCode");
                    }
                    villageCode = known.code();
                    townshipCode = within;
                }
            }
            if (townshipCode == null) {
                townshipCode = ownTownship;
                if (ownVillage != null) {
                    villageCode = ownVillage.code();
                }
            } else if (villageCode == null && ownVillage != null && ownVillage.parentCode().equals(townshipCode)) {
                villageCode = ownVillage.code();
            }
            if (townshipCode == null) {
                throw reject("【乡镇】请填写乡镇名称或 9 位区划编码。", "townshipCode");
            }
            return new String[] {townshipCode, villageCode};
        }

        private static String normaliseName(String name) {
            return name.replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
        }
    }
}
