package cn.qingyang.assistance.oversight.inspection;

import cn.qingyang.assistance.oversight.FiguresJson;
import cn.qingyang.assistance.oversight.OversightFigures;
import cn.qingyang.assistance.oversight.OversightPeriod;
import cn.qingyang.assistance.oversight.TownshipFigures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 季度指导检查: the quarter's figures per township, the county's findings, the rectification and its verification. */
@Service
public class InspectionService {

    public record Inspection(long id, String quarter, String townshipCode, String status, String figuresJson,
                             String findings, LocalDate rectificationDue, String rectificationReport,
                             int verificationRounds, String verificationNote) {
    }

    private final InspectionRepository inspections;
    private final OversightFigures figures;
    private final FiguresJson json;
    private final Clock clock;

    InspectionService(InspectionRepository inspections, OversightFigures figures, FiguresJson json, Clock clock) {
        this.inspections = inspections;
        this.figures = figures;
        this.json = json;
        this.clock = clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** Compiles the quarter's figures; a repeated run (retry, restart) keeps the one row and refreshes its figures. */
    @Transactional
    public Inspection compile(String quarter, String townshipCode) {
        TownshipFigures f = figures.township(townshipCode, OversightPeriod.quarter(quarter, clock.getZone()));
        inspections.storeFigures(quarter, townshipCode, json.write(f));
        return find(quarter, townshipCode).orElseThrow();
    }

    public void recordFindings(long id, String findings, boolean rectify, String by) {
        inspections.recordFindings(id, findings, rectify, by);
    }

    /** The township's (next) rectification is due on that day: shown with the inspection. */
    public void recordRectificationDue(long id, LocalDate due) {
        inspections.recordRectificationDue(id, due);
    }

    public void recordRectification(long id, String report) {
        inspections.recordRectification(id, report);
    }

    public void recordVerification(long id, boolean verified, String note) {
        inspections.recordVerification(id, verified, note);
    }

    public Optional<Inspection> find(String quarter, String townshipCode) {
        return inspections.find(quarter, townshipCode);
    }

    public TownshipFigures figuresOf(Inspection inspection) {
        return json.read(inspection.figuresJson());
    }
}
