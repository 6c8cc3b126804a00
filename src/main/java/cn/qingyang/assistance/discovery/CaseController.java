package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.security.CallerScope;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases/{caseNumber}}: a case and the reports attached to it, for those who may see it. */
@RestController
@RequestMapping("/api/cases")
public class CaseController {

    private final DiscoveryRepository repository;
    private final IdentityService identity;

    public CaseController(DiscoveryRepository repository, IdentityService identity) {
        this.repository = repository;
        this.identity = identity;
    }

    public record ReportView(String channel, String reporter, String description, boolean urgent, String result,
                             OffsetDateTime receivedAt) {
    }

    public record CaseView(String caseNumber, CaseStatus status, String townshipCode, String villageCode,
                           String channel, boolean urgent, boolean relatedToStaff, String category,
                           String processInstanceId, OffsetDateTime openedAt, List<ReportView> reports) {
    }

    @GetMapping("/{caseNumber}")
    public CaseView get(@PathVariable String caseNumber) {
        var row = repository.findCase(caseNumber)
                .filter(c -> CallerScope.current(identity).covers(c.townshipCode(), c.villageCode()))
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
        List<ReportView> reports = repository.reportsOf(row.id()).stream()
                .map(r -> new ReportView(r.channel(), r.reporter(), r.description(), r.urgent(), r.result(), r.receivedAt()))
                .toList();
        return new CaseView(row.caseNumber(), row.status(), row.townshipCode(), row.villageCode(), row.channel(),
                row.urgent(), row.relatedToStaff(), row.category(), row.processInstanceId(), row.openedAt(), reports);
    }
}
