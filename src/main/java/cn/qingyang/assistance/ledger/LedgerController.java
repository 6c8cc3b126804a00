package cn.qingyang.assistance.ledger;

import cn.qingyang.assistance.common.Texts;

import cn.qingyang.assistance.accesslog.AccessAction;
import cn.qingyang.assistance.accesslog.AccessLog;
import cn.qingyang.assistance.common.BadRequestException;
import cn.qingyang.assistance.organisation.OrgUnitRepository;
import cn.qingyang.assistance.organisation.OrgLevel;
import cn.qingyang.assistance.common.XlsxDownload;
import cn.qingyang.assistance.person.HouseholdRegistration;
import cn.qingyang.assistance.person.ResidentIdNumber;
import cn.qingyang.assistance.security.CallerScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The classified ledgers (分类台账, clause 8 of the notice), within what the caller may see: a
 * village its village, a township its township, the county everything (departments and system
 * accounts none: {@code ApiAccessRules}). Full ID numbers only for county staff. Every read and
 * export is recorded in the access log of personal data.
 */
@RestController
@RequestMapping("/api/ledger")
@Tag(name = "分类台账")
class LedgerController {

    static final Map<String, String> SHEETS = Map.of("SPECIAL", "特殊困难台账", "GENERAL", "一般困难台账",
            "TEMPORARY", "临时困难台账", "URGENT", "急难对象台账");
    static final Map<String, String> CATEGORY_LABELS = Map.of("SPECIAL", "特殊困难", "GENERAL", "一般困难", "TEMPORARY", "临时困难");
    static final Map<String, String> CAUSES = Map.of("01", "因病", "02", "因灾", "03", "因残", "04", "缺劳动力",
            "05", "意外事故", "06", "产业失败", "07", "务工就业不稳", "09", "因学", "99", "其他");
    /** The sheet's columns: the notice's (身体状况、劳动能力、致困原因、困难程度、自救能力) and the household's. */
    static final List<String> COLUMNS = List.of("序号", "案件编号", "姓名", "身份证号", "户主姓名", "户籍", "乡镇", "村(社区)",
            "家庭人口", "家庭月人均收入(元)", "成员享受的救助", "困难类别", "是否急难", "身体状况", "劳动能力", "致困原因", "困难程度",
            "自救能力", "帮扶措施", "包保责任人", "上次回访日期", "下次回访日期", "状态", "登记日期");

    private final LedgerRepository ledger;
    private final IdentityService identity;
    private final OrgUnitRepository orgUnits;
    private final AccessLog accessLog;

    public LedgerController(LedgerRepository ledger, IdentityService identity, OrgUnitRepository orgUnits,
                            AccessLog accessLog) {
        this.ledger = ledger;
        this.identity = identity;
        this.orgUnits = orgUnits;
        this.accessLog = accessLog;
    }

    /** A filter naming a township or village the county does not have is a mistake, not an empty ledger. */
    private void checkUnits(String township, String village) {
        if (township != null && orgUnits.findByCode(township).filter(u -> u.level() == OrgLevel.TOWNSHIP).isEmpty()) {
            throw new BadRequestException("TOWNSHIP_UNKNOWN", "乡镇编码“" + Texts.abbreviate(township)
                    + "”不是本县的乡镇，请核对（如 341723200 乔木乡）。", "township");
        }
        if (village != null && orgUnits.findByCode(village).filter(u -> u.level() == OrgLevel.VILLAGE).isEmpty()) {
            throw new BadRequestException("VILLAGE_UNKNOWN", "村（社区）编码“" + Texts.abbreviate(village)
                    + "”不是本县的村（社区），请核对。", "village");
        }
    }


    /**
     * One row of a ledger: the household's entry (the case and person of its latest classification),
     * with the notice's columns as labels, 上次回访 read live from its follow-ups.
     */
    public record Item(long householdId, String caseNumber, String personName, String idNumber, String headOfHousehold,
                       String townshipCode, String township, String villageCode, String village, String category,
                       String categoryLabel, boolean urgent, Integer householdSize, BigDecimal perCapitaIncome,
                       String memberBenefits, String physicalCondition, String labourCapacity, String causes,
                       String hardshipDegree, String selfHelpCapacity, String measures, String responsiblePerson,
                       String lastFollowUp, String nextFollowUp, String status, String createdAt, String updatedAt,
                       String householdRegistration) {
    }

    public record PageView(long total, int page, int size, List<Item> items) {
    }

    @GetMapping
    @Operation(summary = "查询分类台账（按调用者的工作范围）")
    public PageView list(@RequestParam(required = false) String township, @RequestParam(required = false) String village,
                         @RequestParam(required = false) String category, @RequestParam(required = false) Boolean urgent,
                         @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "50") int size) {
        CallerScope caller = CallerScope.current(identity);
        checkUnits(township, village);
        LedgerQuery query = new LedgerQuery(township, village, category, urgent, status, page, size);
        LedgerRepository.Page found = ledger.find(query, caller);
        List<Item> items = found.items().stream().map(e -> item(e, caller.seesFullIdNumbers())).toList();
        accessLog.record(caller, AccessAction.READ_LEDGER, "分类台账 " + describe(query), township, items.size(), null);
        return new PageView(found.total(), page, size, items);
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "导出分类台账（xlsx）：特殊困难、一般困难、临时困难或急难对象台账")
    public ResponseEntity<byte[]> export(@RequestParam String category, @RequestParam(required = false) String township,
                                         @RequestParam(required = false) String reason) {
        CallerScope caller = CallerScope.current(identity);
        checkUnits(township, null);
        LedgerQuery query = new LedgerQuery(township, null, category, null, null, 0, 1);
        List<LedgerRepository.Entry> entries = ledger.all(query, caller);
        List<List<String>> table = new ArrayList<>();
        for (LedgerRepository.Entry e : entries) {
            Item item = item(e, caller.seesFullIdNumbers());
            table.add(Arrays.asList(String.valueOf(table.size() + 1), item.caseNumber(), item.personName(), item.idNumber(),
                    item.headOfHousehold(), item.householdRegistration(), item.township(), item.village(),
                    item.householdSize() == null ? null : String.valueOf(item.householdSize()),
                    item.perCapitaIncome() == null ? null : item.perCapitaIncome().toPlainString(), item.memberBenefits(),
                    item.categoryLabel(), item.urgent() ? "是" : "否", item.physicalCondition(), item.labourCapacity(),
                    item.causes(), item.hardshipDegree(), item.selfHelpCapacity(), item.measures(), item.responsiblePerson(),
                    item.lastFollowUp(), item.nextFollowUp(), "ACTIVE".equals(item.status()) ? "跟踪回访中" : "已销号",
                    item.createdAt().substring(0, 10)));
        }
        accessLog.record(caller, AccessAction.EXPORT, SHEETS.get(category) + ".xlsx " + describe(query), township,
                table.size(), reason);
        return XlsxDownload.attachment(XlsxDownload.sheet(SHEETS.get(category), COLUMNS, table), SHEETS.get(category) + ".xlsx");
    }

    /** The query as the access log names it, e.g. "township=341723200 category=SPECIAL". */
    private static String describe(LedgerQuery query) {
        StringBuilder text = new StringBuilder();
        append(text, "township", query.township());
        append(text, "village", query.village());
        append(text, "category", query.category());
        append(text, "urgent", query.urgent());
        append(text, "status", query.status());
        return text.isEmpty() ? "全部" : text.toString().strip();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null) {
            text.append(' ').append(name).append('=').append(value);
        }
    }

    private static Item item(LedgerRepository.Entry e, boolean fullIdNumbers) {
        String causes = e.causes() == null || e.causes().isBlank() ? null : Arrays.stream(e.causes().split(","))
                .map(code -> CAUSES.getOrDefault(code, code)).collect(Collectors.joining("、"));
        LedgerColumns c = e.columns();
        return new Item(e.householdId(), e.caseNumber(), e.personName(),
                fullIdNumbers ? e.idNumber() : ResidentIdNumber.parse(e.idNumber()).masked(), e.headName(),
                e.townshipCode(), e.township(), e.villageCode(), e.village(), e.category(),
                e.category() == null ? null : CATEGORY_LABELS.get(e.category()), e.urgent(), c.householdSize(),
                c.perCapitaIncome(), c.memberBenefits(),
                LedgerColumns.physicalCondition(c.healthStatus(), c.disabilityGrade(), c.selfCare()),
                LedgerColumns.label(LedgerColumns.LABOUR, c.labourCapacity()), causes,
                LedgerColumns.label(LedgerColumns.DEGREES, c.hardshipDegree()),
                LedgerColumns.label(LedgerColumns.SELF_HELP, c.selfHelpCapacity()), e.measures(), c.responsiblePerson(),
                e.lastFollowUp() == null ? null : e.lastFollowUp().toString(),
                e.nextFollowUp() == null ? null : e.nextFollowUp().toString(), e.status(), e.createdAt().toString(),
                e.updatedAt() == null ? null : e.updatedAt().toString(),
                e.householdRegistration() == null ? null : HouseholdRegistration.valueOf(e.householdRegistration()).label());
    }

}
