package cn.qingyang.assistance.householdfile;

import cn.qingyang.assistance.householdfile.HouseholdFile.Coded;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One household's file as an xlsx, one sheet per part (家庭, 成员, 赡养义务人, 案件与救助, 台账与回访,
 * 变更记录), from the same {@link HouseholdFile} the JSON answers: masked exactly as the caller reads it.
 */
final class HouseholdFileWorkbook {

    static final List<String> SHEETS = List.of("家庭", "成员", "赡养义务人", "案件与救助", "台账与回访", "变更记录");
    static final List<String> MEMBER_COLUMNS = List.of("序号", "与户主关系", "姓名", "身份证号", "性别", "年龄", "联系电话",
            "健康状况", "疾病名称", "残疾类别", "残疾等级", "劳动能力", "自理能力", "在学情况", "就业情况", "工资性收入(元/月)",
            "经营净收入(元/月)", "财产净收入(元/月)", "转移净收入(元/月)", "月收入合计(元)", "医疗支出(元/月)", "教育支出(元/月)",
            "享受待遇");

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    HouseholdFileWorkbook(ZoneId zone) {
        this.zone = zone;
    }

    byte[] write(HouseholdFile file, OffsetDateTime exportedAt, String exportedBy) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put(SHEETS.get(0), household(file, exportedAt, exportedBy));
        sheets.put(SHEETS.get(1), members(file));
        sheets.put(SHEETS.get(2), supporters(file));
        sheets.put(SHEETS.get(3), cases(file));
        sheets.put(SHEETS.get(4), ledger(file));
        sheets.put(SHEETS.get(5), versions(file));
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = book.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> values = rows.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
                    }
                }
                int columns = rows.isEmpty() ? 0 : rows.get(0).size();
                for (int c = 0; c < columns; c++) {
                    sheet.setColumnWidth(c, (c == columns - 1 && columns <= 7 ? 48 : 16) * 256);
                }
                sheet.createFreezePane(0, 1);
            });
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<List<String>> household(HouseholdFile file, OffsetDateTime exportedAt, String exportedBy) {
        HouseholdFile.Household h = file.household();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("项目", "内容"));
        add(rows, "户编号", String.valueOf(file.householdId()));
        add(rows, "乡镇", h.township());
        add(rows, "村(社区)", h.village());
        add(rows, "家庭住址", h.address());
        add(rows, "户籍类型", label(h.registrationType()));
        add(rows, "住房类型", label(h.housingType()));
        add(rows, "住房安全等级", label(h.housingSafety()));
        add(rows, "房产(套)", text(h.houses()));
        add(rows, "车辆(辆)", text(h.vehicles()));
        add(rows, "存款", label(h.savingsBand()));
        add(rows, "经营情况", h.business());
        add(rows, "脱贫户", h.liftedFromPoverty() ? "是" : "否");
        add(rows, "监测户", h.underMonitoring() ? "是" : "否");
        add(rows, "重点群体", labels(h.focusGroups()));
        add(rows, "包保责任人", h.responsiblePerson());
        add(rows, "家庭成员(人)", String.valueOf(file.members().size()));
        add(rows, "家庭月收入(元)", text(h.monthlyIncome()));
        add(rows, "人均月收入(元)", text(h.perCapitaIncome()));
        add(rows, "档案版本", String.valueOf(file.version()));
        if (file.mergedInto() != null) {
            add(rows, "并户", "本户已并入户 " + file.mergedInto());
        }
        add(rows, "导出时间", time(exportedAt));
        add(rows, "导出人", exportedBy);
        return rows;
    }

    private List<List<String>> members(HouseholdFile file) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(MEMBER_COLUMNS);
        int n = 0;
        for (HouseholdFile.Member m : file.members()) {
            rows.add(Arrays.asList(String.valueOf(++n), label(m.relation()), m.name(), m.idNumber(), m.sex(), text(m.age()),
                    m.phone(), label(m.health()), m.illness(), label(m.disabilityCategory()), text(m.disabilityGrade()),
                    label(m.labourCapacity()), label(m.selfCare()), label(m.schooling()), label(m.employment()),
                    text(m.incomeWage()), text(m.incomeBusiness()), text(m.incomeProperty()), text(m.incomeTransfer()),
                    text(m.income()), text(m.medicalSpending()), text(m.educationSpending()), labels(m.benefits())));
        }
        return rows;
    }

    private static List<List<String>> supporters(HouseholdFile file) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "姓名", "关系", "是否有赡养(抚养、扶养)能力", "备注"));
        int n = 0;
        for (HouseholdFile.Supporter s : file.supporters()) {
            rows.add(Arrays.asList(String.valueOf(++n), s.name(), label(s.relation()), s.ableToSupport() ? "有" : "无", s.note()));
        }
        return rows;
    }

    /** Every case as a timeline: what happened, when, and what it says. */
    private List<List<String>> cases(HouseholdFile file) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("案件编号", "案件状态", "当事人", "身份证号", "事项", "时间", "内容"));
        for (HouseholdFile.CaseFile c : file.cases()) {
            List<String> head = List.of(c.caseNumber(), label(c.status()), c.personName(), c.idNumber());
            add(rows, head, "立案", time(c.openedAt()), join("渠道：" + label(c.channel()), c.urgent() ? "急难" : null,
                    c.category() == null ? null : "困难类别：" + label(c.category()),
                    c.householdRegistration() == null ? null : label(c.householdRegistration())));
            for (HouseholdFile.Report r : c.reports()) {
                add(rows, head, "上报（" + label(r.result()) + "）", time(r.receivedAt()),
                        join(label(r.channel()), r.reporter(), r.description()));
            }
            for (HouseholdFile.Visit v : c.visits()) {
                add(rows, head, "第 " + v.visitNo() + " 次入户调查", date(v.visitDate()), v.personSeen()
                        ? join("调查人：" + v.investigators(), "困难程度：" + label(v.hardshipDegree()),
                                "致困原因：" + labels(v.causes()), "调查情况：" + v.findings(), "对策建议：" + v.countermeasures(),
                                label(v.conclusion()))
                        : join("调查人：" + v.investigators(), "未见到本人：" + v.notSeenReason()));
            }
            if (c.emergencyAid() != null) {
                HouseholdFile.EmergencyAid a = c.emergencyAid();
                add(rows, head, "先行救助", time(a.grantedAt()), join(label(a.kind()) + " " + text(a.amount()) + " 元", a.purpose(),
                        a.countyApproved() ? "县局审批" : null,
                        a.postApprovedAt() == null ? "待后置审批" : "后置审批：" + time(a.postApprovedAt())));
            }
            for (HouseholdFile.Decision d : c.decisions()) {
                add(rows, head, label(d.kind()), time(d.decidedAt()),
                        join(label(d.outcome()), d.amount() == null ? null : text(d.amount()) + " 元", d.detail()));
            }
            if (c.care() != null) {
                HouseholdFile.Care k = c.care();
                add(rows, head, label(k.kind()), time(k.recordedAt()), join(k.institutionName(),
                        k.caregiverName() == null ? null : "照料人：" + k.caregiverName(), k.visitFrequency()));
            }
            for (HouseholdFile.Referral r : c.referrals()) {
                add(rows, head, "转介" + label(r.department()), time(r.referredAt()), join(label(r.status()), r.answer()));
            }
            if (c.monitoringEnrolledAt() != null) {
                add(rows, head, "纳入低收入人口动态监测", time(c.monitoringEnrolledAt()), null);
            }
            for (HouseholdFile.SpotCheck s : c.spotChecks()) {
                add(rows, head, "随机抽查（" + s.month() + "）", time(s.checkedAt()), join(label(s.recipientKind()),
                        s.outcome() == null ? "待核实" : "结果：" + label(s.outcome()), s.findings(),
                        s.correction() == null ? null : "整改：" + s.correction()));
            }
            if (c.closedAt() != null) {
                add(rows, head, "办结", time(c.closedAt()), null);
            }
        }
        return rows;
    }

    private List<List<String>> ledger(HouseholdFile file) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("案件编号", "台账", "困难类别", "是否急难", "致困原因", "帮扶措施", "下次回访日期", "状态", "登记日期",
                "回访次序", "回访日期", "回访结果", "回访记录"));
        for (HouseholdFile.LedgerEntry l : file.ledger()) {
            rows.add(Arrays.asList(l.caseNumber(), label(l.kind()), label(l.category()), l.urgent() ? "是" : "否",
                    labels(l.causes()), l.measures(), date(l.nextFollowUp()), label(l.status()), time(l.createdAt()),
                    null, null, null, null));
            for (HouseholdFile.FollowUp f : l.followUps()) {
                rows.add(Arrays.asList(l.caseNumber(), label(l.kind()), null, null, null, null, null, null, null,
                        String.valueOf(f.visitNo()), date(f.visitDate()), label(f.outcome()), f.note()));
            }
        }
        return rows;
    }

    private List<List<String>> versions(HouseholdFile file) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("版本", "时间", "变更人", "来源", "变更内容"));
        for (HouseholdFile.Version v : file.versions()) {
            rows.add(Arrays.asList(String.valueOf(v.versionNo()), time(v.changedAt()), v.changedBy(), v.source(), v.summary()));
        }
        return rows;
    }

    private static void add(List<List<String>> rows, String item, String value) {
        rows.add(Arrays.asList(item, value));
    }

    private static void add(List<List<String>> rows, List<String> head, String what, String when, String content) {
        List<String> row = new ArrayList<>(head);
        row.add(what);
        row.add(when);
        row.add(content);
        rows.add(row);
    }

    private static String join(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank() && !p.endsWith("：null"))
                .collect(Collectors.joining("；"));
    }

    private static String label(Coded coded) {
        return coded == null ? null : coded.label();
    }

    private static String labels(List<Coded> coded) {
        return coded.stream().map(Coded::label).collect(Collectors.joining("、"));
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return value == null ? null : value.toString();
    }

    private String time(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(zone).format(MINUTES);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
