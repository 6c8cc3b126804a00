package cn.qingyang.assistance.calendar;

import cn.qingyang.assistance.common.ApiError;
import cn.qingyang.assistance.common.NotFoundException;
import cn.qingyang.assistance.security.CallerScope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 节假日安排 (issue 16 §2): the years in force and the next provisional ones, entering or
 * correcting a year (JSON or a file), the template, the change record and the horizon for the
 * warning. Entering is for administrators and the county's civil-affairs staff; reading for every
 * staff role but departments and system accounts ({@code ApiAccessRules}).
 */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "节假日安排", description = "每年国务院办公厅发布的放假安排：录入、上传、修改记录、期限推算的可用年份")
class CalendarController {

    /** A year as the page shows it. */
    record YearView(int year, String source, String status, List<LocalDate> holidays, List<LocalDate> workdays,
                    String notice, String enteredBy, OffsetDateTime enteredAt, List<StatutoryHolidays.Holiday> statutory) {
    }

    /** A recorded change, with what it changed in days. */
    record ChangeView(long id, int year, String changedBy, OffsetDateTime changedAt, String source, String before,
                      List<LocalDate> holidaysAdded, List<LocalDate> holidaysRemoved,
                      List<LocalDate> workdaysAdded, List<LocalDate> workdaysRemoved, String summary,
                      List<LocalDate> beforeHolidays, List<LocalDate> beforeWorkdays,
                      List<LocalDate> afterHolidays, List<LocalDate> afterWorkdays, String movesUrl) {
    }

    /** What a stored year answers. */
    record EnteredView(long changeId, int year, String before, List<LocalDate> holidays, List<LocalDate> workdays,
                       String changedBy, OffsetDateTime changedAt, long version) {
    }

    /** The horizon, for the Cockpit banner and the page. */
    record StatusView(LocalDate today, Integer lastPublishedYear, int nextYearToEnter, LocalDate publishedUntil,
                      LocalDate warnFrom, boolean warning, String message, boolean todayProvisional) {
    }

    private static final Set<String> FIELDS = Set.of("holidays", "workdays", "source");

    private final WorkingDayCalendar workingDays;
    private final DatabaseArrangements arrangements;
    private final HolidayArrangementRepository repository;
    private final HolidayArrangementEntry entry;
    private final ArrangementCheck check;
    private final StatutoryHolidays statutory;
    private final IdentityService identity;
    private final ObjectMapper json;

    CalendarController(WorkingDayCalendar workingDays, DatabaseArrangements arrangements,
                       HolidayArrangementRepository repository, HolidayArrangementEntry entry, ArrangementCheck check,
                       StatutoryHolidays statutory, IdentityService identity, ObjectMapper json) {
        this.workingDays = workingDays;
        this.arrangements = arrangements;
        this.repository = repository;
        this.entry = entry;
        this.check = check;
        this.statutory = statutory;
        this.identity = identity;
        this.json = json;
    }

    @GetMapping("/years")
    @Operation(summary = "各年节假日安排", description = "已发布的年份（随版本发布 SHIPPED、管理员录入 ENTERED）和今后尚未发布、"
            + "暂按法定节日推算的年份（STATUTORY，暂定）。")
    public List<YearView> years() {
        SortedMap<Integer, HolidayArrangement> published = arrangements.current();
        int today = workingDays.today().getYear();
        // the published years, and the provisional ones due next: the first year from today on
        // without an arrangement, and next year when it has none
        Set<Integer> all = new TreeSet<>(published.keySet());
        all.add(workingDays.horizon().nextYearToEnter());
        all.add(today + 1);
        List<YearView> years = new ArrayList<>();
        for (int year : all) {
            years.add(view(year));
        }
        return years;
    }

    @GetMapping("/years/{year}")
    @Operation(summary = "某年的节假日安排", description = "已发布的安排，或尚未发布时按法定节日推算的放假日（暂定）。")
    public YearView year(@PathVariable int year) {
        if (!ArrangementCheck.yearProblems(year).isEmpty() && !arrangements.current().containsKey(year)) {
            throw new NotFoundException("没有 " + year + " 年的节假日安排：可查询 "
                    + ArrangementCheck.FIRST_YEAR + " 至 " + ArrangementCheck.LAST_YEAR + " 年。");
        }
        return view(year);
    }

    @PutMapping("/years/{year}")
    @Operation(summary = "录入或更正某年的节假日安排", description = "请求体 {\"holidays\": [放假日…], \"workdays\": [调休上班日…], "
            + "\"source\": \"发文依据（选填）\"}。逐项核对（年份、日期格式、日期属于该年、不能既放假又上班、上班日须为周末、"
            + "法定节假日必须放假），有误时答 400 并列出每一处；通过后保存、记入修改记录，在办任务和定时器的期限随之更正，"
            + "集群各节点立即按新安排推算。")
    @ApiResponse(responseCode = "200", description = "已保存")
    @ApiResponse(responseCode = "400", description = "有误，未保存：message 和 problems 逐条说明")
    public EnteredView enter(@PathVariable int year, @RequestBody(required = false) String body) {
        String who = CallerScope.current(identity).userId();
        List<String> problems = new ArrayList<>(ArrangementCheck.yearProblems(year));
        if (!problems.isEmpty()) {
            throw new ArrangementRefusedException(year, problems, "year");
        }
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            throw new ArrangementRefusedException(year, List.of("请求体不是有效的 JSON 对象：应为 {\"holidays\": [\"" + year
                    + "-01-01\", …], \"workdays\": […], \"source\": \"发文依据\"}"), null);
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add("没有“" + cn.qingyang.assistance.common.Texts.abbreviate(name, 40)
                        + "”这一项：只能填 holidays（放假日）、workdays（调休上班日）和 source（发文依据）");
            }
        }
        List<String> holidays = dates(root, "holidays", "放假日", problems);
        List<String> workdays = dates(root, "workdays", "调休上班日", problems);
        String source = null;
        JsonNode sourceNode = root.get("source");
        if (sourceNode != null && !sourceNode.isNull()) {
            if (!sourceNode.isTextual()) {
                problems.add("source（发文依据）应为文字，例如“国办发明电〔2027〕7号”");
            } else {
                source = sourceNode.asText();
                problems.addAll(ArrangementCheck.sourceProblems(source));
            }
        }
        ArrangementCheck.Outcome outcome = check.check(year, holidays, workdays);
        problems.addAll(outcome.problems());
        if (!problems.isEmpty()) {
            throw new ArrangementRefusedException(year, problems, null);
        }
        return entered(entry.enter(outcome.arrangement(), source, who));
    }

    @PostMapping(path = "/years/{year}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传某年的节假日安排文件", description = "multipart 字段 file：.csv（UTF-8 或 GBK）或 .xlsx，"
            + "可有标题行，表头“日期,安排[,说明]”，安排填“放假”或“上班”（模板见 template.csv）；可选字段 source（发文依据）。"
            + "核对与保存同 PUT；有误时按行号列出。")
    @ApiResponse(responseCode = "200", description = "已保存")
    @ApiResponse(responseCode = "400", description = "有误，未保存：message 和 problems 逐条说明（含行号）")
    public EnteredView upload(@PathVariable int year, @RequestParam(name = "file", required = false) MultipartFile file,
                              @RequestParam(name = "source", required = false) String source) throws IOException {
        String who = CallerScope.current(identity).userId();
        List<String> problems = new ArrayList<>(ArrangementCheck.yearProblems(year));
        if (!problems.isEmpty()) {
            throw new ArrangementRefusedException(year, problems, "year");
        }
        if (file == null || file.isEmpty()) {
            throw new ArrangementRefusedException(year, List.of("没有收到文件：请选择填好的节假日安排文件（.csv 或 .xlsx）后上传"), "file");
        }
        if (file.getSize() > ArrangementFile.MAX_BYTES) {
            throw new ArrangementRefusedException(year, List.of("文件大于 1 MB，不像是一年的节假日安排：" + ArrangementFile.TEMPLATE_HINT), "file");
        }
        problems.addAll(ArrangementCheck.sourceProblems(source));
        ArrangementFile.Read read = ArrangementFile.read(file.getBytes());
        if (!read.problems().isEmpty() && read.holidays().isEmpty() && read.workdays().isEmpty()) {
            problems.addAll(read.problems());
            throw new ArrangementRefusedException(year, problems, "file");
        }
        ArrangementCheck.Outcome outcome = check.check(year, read.holidays(), read.workdays(), read.problems());
        problems.addAll(outcome.problems());
        if (!problems.isEmpty()) {
            throw new ArrangementRefusedException(year, problems, "file");
        }
        String notice = source == null || source.isBlank() ? "上传文件 " + cn.qingyang.assistance.common.Texts.abbreviate(
                String.valueOf(file.getOriginalFilename()), 60) : source;
        if (!ArrangementCheck.sourceProblems(notice).isEmpty()) {
            notice = "上传文件";
        }
        return entered(entry.enter(outcome.arrangement(), notice, who));
    }

    @GetMapping("/template.csv")
    @Operation(summary = "节假日安排模板（CSV）", description = "标题行、表头“日期,安排,说明”和该年的法定节假日（year 默认为下一个待录入的年份）。")
    public ResponseEntity<byte[]> template(@Parameter(description = "年份") @RequestParam(required = false) Integer year) {
        int y = year == null ? workingDays.horizon().nextYearToEnter() : year;
        List<String> problems = ArrangementCheck.yearProblems(y);
        if (!problems.isEmpty()) {
            throw new ArrangementRefusedException(y, problems, "year");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(y + "年节假日安排.csv", StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(ArrangementFile.template(y, statutory));
    }

    @GetMapping("/changes")
    @Operation(summary = "节假日安排的修改记录", description = "每次录入或更正：谁、何时、哪一年，放假日和调休上班日增减了哪些。")
    public List<ChangeView> changes() {
        return repository.changes().stream().map(CalendarController::change).toList();
    }

    @GetMapping("/changes/{id}")
    @Operation(summary = "一次修改", description = "修改前后的全部日期；因此更正的期限见 movesUrl。")
    public ChangeView change(@PathVariable long id) {
        return repository.change(id).map(CalendarController::change).orElseThrow(() ->
                new NotFoundException("没有编号为 " + id + " 的节假日安排修改记录。"));
    }

    @GetMapping("/status")
    @Operation(summary = "期限推算可用到哪一天", description = "已发布安排覆盖到哪天、下一个待录入的年份、是否应提醒管理员（提前 "
            + WorkingDayCalendar.WARNING_DAYS + " 天）及提醒的话。")
    public StatusView status() {
        WorkingDayCalendar.Horizon horizon = workingDays.horizon();
        LocalDate today = workingDays.today();
        return new StatusView(today, horizon.lastPublishedYear(), horizon.nextYearToEnter(), horizon.publishedUntil(),
                horizon.warnFrom(), horizon.warning(), horizon.message(), workingDays.isProvisional(today));
    }

    /** Refusals answer {@code {"error": {...}, "message": "...", "problems": [...]}}: the house shape and the list. */
    @ExceptionHandler(ArrangementRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(ArrangementRefusedException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", ApiError.of(e.code(), e.getMessage(), e.field()).error());
        body.put("message", e.getMessage());
        body.put("problems", e.problems());
        return ResponseEntity.status(e.status()).body(body);
    }

    private List<String> dates(JsonNode root, String field, String what, List<String> problems) {
        JsonNode node = root.get(field);
        List<String> dates = new ArrayList<>();
        if (node == null || node.isNull()) {
            return dates;
        }
        if (!node.isArray()) {
            problems.add(field + "（" + what + "）应为日期的列表，例如 [\"2028-01-01\"]");
            return dates;
        }
        for (JsonNode date : node) {
            if (date.isNull() || date.isTextual()) {
                dates.add(date.isNull() ? null : date.asText());
            } else {
                problems.add(what + "“" + cn.qingyang.assistance.common.Texts.abbreviate(date.toString())
                        + "”不是日期文字：请写成 \"2028-01-01\"");
            }
        }
        return dates;
    }

    private YearView view(int year) {
        HolidayArrangement published = arrangements.current().get(year);
        List<StatutoryHolidays.Holiday> law = ArrangementCheck.yearProblems(year).isEmpty() ? statutory.of(year) : List.of();
        if (published == null) {
            return new YearView(year, HolidayArrangementRepository.Origin.STATUTORY.name(), "暂定",
                    List.copyOf(statutory.dates(year)), List.of(), "尚未发布：暂按法定节假日推算（不含调休）", null, null, law);
        }
        HolidayArrangementRepository.Entered entered = arrangements.entered().get(year);
        if (entered != null && entered.arrangement().equals(published)) {
            return new YearView(year, HolidayArrangementRepository.Origin.ENTERED.name(), "已发布", List.copyOf(published.holidays()),
                    List.copyOf(published.workdays()), entered.source(), entered.enteredBy(), entered.enteredAt(), law);
        }
        return new YearView(year, HolidayArrangementRepository.Origin.SHIPPED.name(), "已发布", List.copyOf(published.holidays()),
                List.copyOf(published.workdays()), "随系统版本发布（application.yaml）", null, null, law);
    }

    private static EnteredView entered(HolidayArrangementEntry.Entered e) {
        return new EnteredView(e.changeId(), e.arrangement().year(), e.before().name(), List.copyOf(e.arrangement().holidays()),
                List.copyOf(e.arrangement().workdays()), e.changedBy(), e.changedAt(), e.version());
    }

    static ChangeView change(HolidayArrangementRepository.Change c) {
        SortedSet<LocalDate> beforeOff = c.beforeHolidays() == null ? new TreeSet<>() : c.beforeHolidays();
        SortedSet<LocalDate> beforeWork = c.beforeWorkdays() == null ? new TreeSet<>() : c.beforeWorkdays();
        List<LocalDate> offAdded = minus(c.afterHolidays(), beforeOff);
        List<LocalDate> offRemoved = minus(beforeOff, c.afterHolidays());
        List<LocalDate> workAdded = minus(c.afterWorkdays(), beforeWork);
        List<LocalDate> workRemoved = minus(beforeWork, c.afterWorkdays());
        String summary = offAdded.isEmpty() && offRemoved.isEmpty() && workAdded.isEmpty() && workRemoved.isEmpty()
                ? "日期未变"
                : String.join("；", List.of(
                        offAdded.isEmpty() ? "" : "新增放假 " + offAdded.size() + " 天",
                        offRemoved.isEmpty() ? "" : "取消放假 " + offRemoved.size() + " 天",
                        workAdded.isEmpty() ? "" : "新增调休上班 " + workAdded.size() + " 天",
                        workRemoved.isEmpty() ? "" : "取消调休上班 " + workRemoved.size() + " 天").stream()
                        .filter(s -> !s.isEmpty()).toList());
        return new ChangeView(c.id(), c.year(), c.changedBy(), c.changedAt(), c.source(), c.beforeOrigin().name(),
                offAdded, offRemoved, workAdded, workRemoved, summary, List.copyOf(beforeOff), List.copyOf(beforeWork),
                List.copyOf(c.afterHolidays()), List.copyOf(c.afterWorkdays()), "/api/calendar/changes/" + c.id() + "/moves");
    }

    private static List<LocalDate> minus(SortedSet<LocalDate> a, SortedSet<LocalDate> b) {
        return a.stream().filter(d -> !b.contains(d)).toList();
    }
}
