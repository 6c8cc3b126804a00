package cn.qingyang.assistance.sweep;

import cn.qingyang.assistance.accesslog.AccessAction;
import cn.qingyang.assistance.accesslog.AccessLog;
import cn.qingyang.assistance.common.XlsxDownload;
import cn.qingyang.assistance.discovery.CaseNotFoundException;
import cn.qingyang.assistance.person.ResidentIdNumber;
import cn.qingyang.assistance.intake.RosterFormat;
import cn.qingyang.assistance.security.CallerScope;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The month's roster (花名册) of a township as an xlsx, in the template's columns. */
@RestController
@RequestMapping("/api/sweeps")
class SweepController {


    private final SweepRepository sweeps;
    private final IdentityService identity;
    private final Clock clock;
    private final AccessLog accessLog;

    public SweepController(SweepRepository sweeps, IdentityService identity, Clock clock, AccessLog accessLog) {
        this.sweeps = sweeps;
        this.identity = identity;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    static String rosterPath(String townshipCode, String month) {
        return "/api/sweeps/" + townshipCode + "/" + month + "/roster.xlsx";
    }

    @GetMapping("/{townshipCode}/{month}/roster.xlsx")
    public ResponseEntity<byte[]> roster(@PathVariable String townshipCode, @PathVariable String month,
                                         @RequestParam(required = false) String reason) {
        CallerScope caller = CallerScope.current(identity);
        if (!caller.actsForTownship(townshipCode)) {
            throw new CaseNotFoundException(townshipCode + " " + month + " 花名册");
        }
        try {
            YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new CaseNotFoundException(townshipCode + " " + month + " 花名册");
        }
        List<SweepRepository.RosterRow> rows = sweeps.roster(townshipCode, month, clock.getZone());
        // full ID numbers for the county; masked for the township, which does not need them here
        boolean full = caller.seesFullIdNumbers();
        List<List<String>> table = new ArrayList<>();
        for (SweepRepository.RosterRow r : rows) {
            table.add(Arrays.asList(String.valueOf(table.size() + 1), r.name(),
                    full ? r.idNumber() : ResidentIdNumber.parse(r.idNumber()).masked(), r.phone(), r.township(),
                    r.village(), r.description(), r.urgent() ? "是" : "否"));
        }
        String fileName = townshipCode + "-" + month + "-花名册.xlsx";
        accessLog.record(caller, AccessAction.EXPORT, fileName, townshipCode, table.size(), reason);
        return XlsxDownload.attachment(XlsxDownload.sheet(month + " 花名册", RosterFormat.COLUMNS, table), fileName);
    }
}
