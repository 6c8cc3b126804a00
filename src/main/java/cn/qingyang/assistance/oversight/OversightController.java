package cn.qingyang.assistance.oversight;

import cn.qingyang.assistance.oversight.assessment.AssessmentService;
import cn.qingyang.assistance.oversight.dashboard.DashboardService;
import cn.qingyang.assistance.oversight.inspection.InspectionService;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckService;

import cn.qingyang.assistance.accesslog.AccessAction;
import cn.qingyang.assistance.accesslog.AccessLog;
import cn.qingyang.assistance.common.BadRequestException;
import cn.qingyang.assistance.common.ForbiddenException;
import cn.qingyang.assistance.common.NotFoundException;
import cn.qingyang.assistance.common.XlsxDownload;
import cn.qingyang.assistance.security.CallerScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * County oversight for people and for the Cockpit dashboard: the dashboard's figures, a quarter's
 * inspections, a month's spot-check draw (and proof it reproduces), the annual assessment. A
 * township sees its own rows; the county everything.
 */
@RestController
@RequestMapping("/api/oversight")
@Tag(name = "县级督导")
class OversightController {

    private final DashboardService dashboard;
    private final InspectionService inspections;
    private final SpotCheckService spotChecks;
    private final AssessmentService assessments;
    private final OversightPlan plan;
    private final IdentityService identity;
    private final AccessLog accessLog;

    public OversightController(DashboardService dashboard, InspectionService inspections, SpotCheckService spotChecks,
                               AssessmentService assessments, OversightPlan plan, IdentityService identity,
                               AccessLog accessLog) {
        this.accessLog = accessLog;
        this.dashboard = dashboard;
        this.inspections = inspections;
        this.spotChecks = spotChecks;
        this.assessments = assessments;
        this.plan = plan;
        this.identity = identity;
    }

    @GetMapping("/dashboard")
    @Operation(summary = "主动发现工作看板的数据（按调用者的权限范围）")
    public DashboardService.Dashboard dashboard(@RequestParam(defaultValue = "6") int months) {
        if (months < 1 || months > 24) {
            throw new BadRequestException("BAD_MONTHS", "months 应为 1 到 24 之间的月数。", "months");
        }
        return dashboard.dashboard(CallerScope.current(identity), months);
    }

    public record InspectionView(String quarter, String townshipCode, String township, String status, String findings,
                                 String rectificationDue, String rectificationReport, int verificationRounds,
                                 TownshipFigures figures) {
    }

    @GetMapping("/inspections/{quarter}")
    @Operation(summary = "某季度各乡镇的指导检查情况")
    public List<InspectionView> inspections(@PathVariable String quarter) {
        CallerScope caller = CallerScope.current(identity);
        String label;
        try {
            label = OversightPeriod.quarter(quarter, inspections.zone()).label();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("BAD_QUARTER", e.getMessage(), "quarter");
        }
        return plan.townships().stream().filter(caller::actsForTownship)
                .flatMap(code -> inspections.find(label, code).stream())
                .map(i -> new InspectionView(i.quarter(), i.townshipCode(), plan.name(i.townshipCode()), i.status(),
                        i.findings(), i.rectificationDue() == null ? null : i.rectificationDue().toString(),
                        i.rectificationReport(), i.verificationRounds(), inspections.figuresOf(i)))
                .toList();
    }

    public record SpotCheckItemView(int position, String caseNumber, String personName, String idNumber,
                                    String township, String village, String recipientKind, String stratum,
                                    boolean relatedToStaff, boolean sampled, String sampleReason, String outcome,
                                    String outcomeLabel, String findings, String correction) {
    }

    public record SpotCheckView(String month, String seed, double specialRate, double otherRate, int population,
                                int sampled, boolean reproduced, List<SpotCheckItemView> items) {
    }

    @GetMapping("/spot-checks/{month}")
    @Operation(summary = "某月随机抽查：种子、全部候选对象、抽中对象及核实结果，并当场复算抽样以证明可复现")
    public SpotCheckView spotCheck(@PathVariable String month) {
        CallerScope caller = CallerScope.current(identity);
        String label;
        try {
            label = YearMonth.parse(month).toString();
        } catch (DateTimeParseException e) {
            throw new BadRequestException("BAD_MONTH", "月份“" + month + "”格式不对，应为 yyyy-MM，例如 2026-10。", "month");
        }
        var draw = spotChecks.find(label).orElseThrow(() -> new NotFoundException(
                label + " 尚未进行随机抽查。"));
        List<SpotCheckItemView> items = spotChecks.items(draw.id()).stream()
                .filter(i -> caller.actsForTownship(i.townshipCode()))
                .map(i -> new SpotCheckItemView(i.position(), i.caseNumber(), i.personName(),
                        caller.seesFullIdNumbers() ? i.idNumber() : i.idNumberMasked(), i.township(), i.village(),
                        SpotCheckService.KIND_LABELS.get(i.recipientKind()), i.stratum(), i.relatedToStaff(),
                        i.sampled(), i.sampleReason(), i.outcome(),
                        i.outcome() == null ? null : SpotCheckService.OUTCOME_LABELS.get(i.outcome()), i.findings(),
                        i.correction()))
                .toList();
        accessLog.record(caller, AccessAction.READ_SPOT_CHECK, label + " 随机抽查", null, items.size(), null);
        return new SpotCheckView(draw.month(), String.valueOf(draw.seed()), draw.specialRate().doubleValue(),
                draw.otherRate().doubleValue(), draw.population(), draw.sampled(), spotChecks.reproduces(draw), items);
    }

    @GetMapping("/assessments/{year}")
    @Operation(summary = "年度考核得分与排名")
    public List<AssessmentService.Result> assessment(@PathVariable int year) {
        CallerScope caller = CallerScope.current(identity);
        return assessed(year).stream().filter(r -> caller.actsForTownship(r.townshipCode())).toList();
    }

    @GetMapping("/assessments/{year}/report.xlsx")
    @Operation(summary = "下载年度考核报告（xlsx，县民政局）")
    public ResponseEntity<byte[]> assessmentReport(@PathVariable int year) {
        CallerScope caller = CallerScope.current(identity);
        if (!caller.countyWide()) {
            throw new ForbiddenException("年度考核报告只供县民政局下载；乡镇可查询本乡镇的考核得分。");
        }
        assessed(year);
        String fileName = year + "年度主动发现工作考核.xlsx";
        accessLog.record(caller, AccessAction.EXPORT, fileName, null, null, null);
        return XlsxDownload.attachment(assessments.report(year), fileName);
    }

    private List<AssessmentService.Result> assessed(int year) {
        if (year < 2023) {
            throw new BadRequestException("BAD_YEAR", "年度 " + year + " 不在考核范围内（2023 年起纳入年度考核）。", "year");
        }
        List<AssessmentService.Result> results = assessments.results(year);
        if (results.isEmpty()) {
            throw new NotFoundException(year + " 年度尚未进行考核（每年 1 月由系统计算上一年度得分）。");
        }
        return results;
    }
}
