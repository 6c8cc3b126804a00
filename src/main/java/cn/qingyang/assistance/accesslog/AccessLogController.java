package cn.qingyang.assistance.accesslog;

import cn.qingyang.assistance.common.Texts;

import cn.qingyang.assistance.common.BadRequestException;
import cn.qingyang.assistance.common.XlsxDownload;
import cn.qingyang.assistance.security.CallerScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The county's view of the access log of personal data: query, export (itself logged) and a
 * check of the chain. Who may call it: {@code ApiAccessRules} (the county bureau and administrators).
 */
@RestController
@RequestMapping("/api/access-log")
@Tag(name = "个人信息访问日志", description = "谁在何时、从何处、因何查看或导出了哪些个人信息；只可追加，逐条链式校验")
class AccessLogController {

    static final int MAX_EXPORT_ROWS = 100_000;
    static final List<String> COLUMNS = List.of("序号", "时间", "用户", "操作", "对象", "乡镇", "条数", "事由", "来源地址", "校验值");

    private final AccessLogRepository repository;
    private final AccessLog accessLog;
    private final IdentityService identity;
    private final ZoneId zone;

    public AccessLogController(AccessLogRepository repository, AccessLog accessLog, IdentityService identity,
                               @Value("${qingyang.time-zone}") ZoneId zone) {
        this.repository = repository;
        this.accessLog = accessLog;
        this.identity = identity;
        this.zone = zone;
    }

    public record Entry(long seq, String accessedAt, String userId, String action, String actionLabel, String subject,
                        String townshipCode, Integer recordCount, String reason, String clientAddress, String rowHash) {
    }

    public record PageView(long total, int page, int size, List<Entry> items) {
    }

    @GetMapping
    @Operation(summary = "查询个人信息访问日志（县民政局）",
            description = "按用户、操作（READ_CASE、SHOW_ID_NUMBER、READ_LEDGER、READ_SPOT_CHECK、EXPORT）、对象（如案件编号）和日期（含起止日，北京时间）筛选，最新的在前。")
    public PageView list(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
                         @RequestParam(required = false) String subject, @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new BadRequestException("BAD_PAGE", "page 应不小于 0，size 应在 1 到 500 之间。", size < 1 || size > 500 ? "size" : "page");
        }
        AccessLogRepository.Filter filter = filter(user, action, subject, from, to);
        List<Entry> items = repository.find(filter, page * size, size).stream().map(this::entry).toList();
        return new PageView(repository.count(filter), page, size, items);
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "导出个人信息访问日志（xlsx，县民政局；导出本身也记入日志）")
    public ResponseEntity<byte[]> export(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
                                         @RequestParam(required = false) String subject, @RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to, @RequestParam(required = false) String reason) {
        AccessLogRepository.Filter filter = filter(user, action, subject, from, to);
        long total = repository.count(filter);
        if (total > MAX_EXPORT_ROWS) {
            throw new BadRequestException("EXPORT_TOO_LARGE", "符合条件的记录有 " + total + " 条，超过一次导出的上限 "
                    + MAX_EXPORT_ROWS + " 条：请缩小日期范围或按用户、操作筛选后分次导出。", "from");
        }
        List<List<String>> table = new ArrayList<>();
        for (AccessLogRepository.Row row : repository.find(filter, 0, MAX_EXPORT_ROWS)) {
            Entry e = entry(row);
            table.add(Arrays.asList(String.valueOf(e.seq()), e.accessedAt(), e.userId(), e.actionLabel(), e.subject(),
                    e.townshipCode(), e.recordCount() == null ? "" : String.valueOf(e.recordCount()), e.reason(),
                    e.clientAddress(), e.rowHash()));
        }
        accessLog.record(CallerScope.current(identity), AccessAction.EXPORT, "个人信息访问日志.xlsx", null, table.size(), reason);
        return XlsxDownload.attachment(XlsxDownload.sheet("个人信息访问日志", COLUMNS, table), "个人信息访问日志.xlsx");
    }

    @GetMapping("/verify")
    @Operation(summary = "校验个人信息访问日志的完整性：逐条核对链式校验值，发现改动、删除或插入的记录")
    public AccessLog.Verification verify() {
        return accessLog.verify();
    }

    private Entry entry(AccessLogRepository.Row row) {
        String label = Arrays.stream(AccessAction.values()).filter(a -> a.name().equals(row.action()))
                .map(AccessAction::label).findFirst().orElse(row.action());
        return new Entry(row.seq(), row.accessedAt().atZoneSameInstant(zone).toOffsetDateTime().toString(), row.userId(),
                row.action(), label, row.subject(), row.townshipCode(), row.recordCount(), row.reason(),
                row.clientAddress(), row.rowHash());
    }

    private AccessLogRepository.Filter filter(String user, String action, String subject, String from, String to) {
        if (action != null && Arrays.stream(AccessAction.values()).noneMatch(a -> a.name().equals(action))) {
            throw new BadRequestException("ACTION_UNKNOWN", "操作“" + Texts.abbreviate(action) + "”不存在：应为 "
                    + Arrays.toString(AccessAction.values()) + " 之一。", "action");
        }
        return new AccessLogRepository.Filter(blank(user), action, blank(subject), day(from, "from", 0), day(to, "to", 1));
    }

    private OffsetDateTime day(String value, String field, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim()).plusDays(plusDays).atStartOfDay(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new BadRequestException("BAD_DATE", "日期“" + Texts.abbreviate(value) + "”格式不对，应为 yyyy-MM-dd，例如 2026-11-20。", field);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
