package cn.qingyang.assistance.intake;

import cn.qingyang.assistance.household.HouseholdConflictException;
import cn.qingyang.assistance.household.HouseholdService;
import cn.qingyang.assistance.person.CountyProperties;
import cn.qingyang.assistance.discovery.AssistanceProperties;
import cn.qingyang.assistance.discovery.CaseRepository;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

import cn.qingyang.assistance.workflow.EngineAsSystem;
import cn.qingyang.assistance.organisation.OrgLevel;
import cn.qingyang.assistance.organisation.OrgUnit;
import cn.qingyang.assistance.organisation.OrgUnitRepository;
import cn.qingyang.assistance.security.CallerScope;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one entry point for reports from every channel: validates, finds or creates the person and
 * their household (以家庭为单位), attaches the report to the household's open case or opens a case and
 * starts its DiscoveryCase process, all in one transaction. Two reports of one household's members
 * at the same moment still give one case: the database's unique constraint decides, and the loser
 * retries and attaches.
 */
@Service
public class RegistrationService {

    static final int ATTEMPTS = 3;

    private final ReportValidator validator;
    private final ReportRepository repository;
    private final CaseRepository cases;
    private final OrgUnitRepository orgUnits;
    private final RuntimeService runtime;
    private final EngineAsSystem engine;
    private final TransactionTemplate transaction;
    private final AssistanceProperties assistance;
    private final CountyProperties county;
    private final HouseholdService households;
    private final Clock clock;

    public RegistrationService(ReportValidator validator, ReportRepository repository, CaseRepository cases, OrgUnitRepository orgUnits,
                               RuntimeService runtime, EngineAsSystem engine, TransactionTemplate transaction,
                               AssistanceProperties assistance, CountyProperties county, HouseholdService households, Clock clock) {
        this.validator = validator;
        this.repository = repository;
        this.cases = cases;
        this.orgUnits = orgUnits;
        this.runtime = runtime;
        this.engine = engine;
        // NESTED: inside the engine's transaction (the Tasklist form), a lost race rolls back to a
        // savepoint instead of dooming the whole transaction; standalone (the API) it is a new one.
        this.transaction = new TransactionTemplate(transaction.getTransactionManager());
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.assistance = assistance;
        this.county = county;
        this.households = households;
        this.clock = clock;
    }

    public RegistrationResult register(ReportRequest request, CallerScope caller) {
        return register(request, caller, null);
    }

    /**
     * Registers a report of a person who belongs to a household the caller names (a roster's
     * 户主姓名 and 与户主关系): the person joins the head's household (并户) when new or alone in a
     * one-person household, before the household's open case is looked up, so the report attaches
     * to the head's case. A person in another household of several is refused in Chinese.
     *
     * @param hint {@code null} for a report on its own
     */
    public RegistrationResult register(ReportRequest request, CallerScope caller, HouseholdHint hint) {
        ValidReport report = validator.validate(withCallerDefaults(request, caller));
        if (!caller.mayReportFor(report.township().code(), report.village() == null ? null : report.village().code())) {
            throw new ReportForbiddenException("您只能上报本村（社区）或本乡镇的遇困人员：" + report.township().name()
                    + (report.village() == null ? "" : report.village().name()) + "不在您的工作范围内。");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> registerOnce(report, caller.userId(), hint));
            } catch (DuplicateKeyException raced) {
                // Another report of the same person (or with the same external reference) won the
                // race; the next attempt sees its committed case and attaches to it.
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private RegistrationResult registerOnce(ValidReport report, String userId, HouseholdHint hint) {
        if (report.externalRef() != null) {
            var earlier = repository.findByExternalRef(report.externalRef());
            if (earlier.isPresent()) {
                if (!earlier.get().idNumber().equals(report.idNumber().value())) {
                    throw new ReportConflictException("外部编号（externalRef）" + report.externalRef()
                            + " 已用于另一人的上报：同一编号只能对应同一次上报，请使用新的编号。");
                }
                return earlier.get().answer().asRepeat();
            }
        }
        long personId = repository.upsertPerson(report);
        String source = "上报（" + report.channel().label() + "）";
        long householdId = hint == null
                ? households.householdOf(personId, report.township().code(),
                        report.village() == null ? null : report.village().code(), userId, source)
                : joinHeadsHousehold(personId, report, hint, userId, source);
        households.lock(householdId);
        var open = cases.findOpenCaseOfHousehold(householdId);
        if (open.isPresent()) {
            var existing = open.get();
            repository.insertReport(existing.id(), personId, report, userId, RegistrationResult.Result.ATTACHED);
            attachToProcess(existing, report);
            return new RegistrationResult(existing.caseNumber(), RegistrationResult.Result.ATTACHED, householdId);
        }
        String prefix = report.township().code() + "-" + YearMonth.now(clock).toString().replace("-", "");
        String caseNumber = prefix + "-" + String.format("%04d", repository.nextSequence(prefix));
        long caseId = repository.insertCase(caseNumber, personId, householdId, report, county.registrationOf(report.idNumber()));
        repository.insertReport(caseId, personId, report, userId, RegistrationResult.Result.OPENED);
        ProcessInstance instance = engine.call(() ->
                runtime.startProcessInstanceByKey(PROCESS_KEY, caseNumber, startVariables(caseId, caseNumber, householdId, report)));
        repository.setProcessInstance(caseId, instance.getId());
        return new RegistrationResult(caseNumber, RegistrationResult.Result.OPENED, householdId);
    }

    private long joinHeadsHousehold(long personId, ValidReport report, HouseholdHint hint, String userId, String source) {
        long headId = repository.findPersonId(hint.headIdNumber()).orElseThrow(() -> new ReportRejectedException(
                "HOUSEHOLD_HEAD_UNKNOWN", "户主尚未登记，无法将" + report.name() + "并入其家庭：请先登记户主。", "household"));
        long householdId = households.householdOf(headId, report.township().code(),
                report.village() == null ? null : report.village().code(), userId, source);
        try {
            households.join(personId, report.name(), householdId, hint.relation(), userId, source);
        } catch (HouseholdConflictException e) {
            throw new ReportConflictException(e.getMessage());
        }
        return householdId;
    }

    /**
     * A handful of variables (issue 15 §9): what the diagrams, decisions, candidate groups, job
     * priorities and delegates read, plus the case summary the forms show (one Json variable) and
     * the task list's title. The counters start at zero for the visit's due date and the search
     * rule; reportCount and latestReport come with a second report.
     */
    private Map<String, Object> startVariables(long caseId, String caseNumber, long householdId, ValidReport report) {
        CaseSummary summary = CaseSummary.of(report, county.registrationOf(report.idNumber()).label());
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_ID, caseId);
        variables.put(HOUSEHOLD_ID, householdId);
        variables.put(CASE_NUMBER, caseNumber);
        variables.put(TOWNSHIP_CODE, report.township().code());
        variables.put(VILLAGE_CODE, report.village() == null ? null : report.village().code());
        variables.put(URGENT, report.urgent());
        variables.put(RELATED_TO_STAFF, report.relatedToStaff());
        variables.put(REGISTERED_AT, Date.from(clock.instant()));
        variables.put(VISIT_COUNT, 0);
        variables.put(FAILED_VISITS, 0);
        variables.put(TOWNSHIP_AID_CAP, assistance.townshipAidCap().doubleValue());
        variables.put(DIBAO_STANDARD, assistance.dibaoMonthlyStandard().doubleValue());
        variables.put(CASE_SUMMARY, summary.asVariable());
        variables.put(CASE_TITLE, summary.title());
        return variables;
    }

    /** The worker sees the new report on the case's next task; the variable history keeps every one. */
    private void attachToProcess(CaseRepository.CaseRow existing, ValidReport report) {
        if (existing.processInstanceId() == null) {
            return;
        }
        int count = cases.reportsOf(existing.id()).size();
        String summary = report.channel().label() + "：" + (report.description() == null ? "（无描述）" : report.description())
                + (report.urgent() ? "【急难】" : "");
        engine.call(() -> {
            runtime.setVariables(existing.processInstanceId(), Map.of(REPORT_COUNT, count, LATEST_REPORT, summary));
            return null;
        });
    }

    /** A village team reports for its own village, a township team for its township, unless they say otherwise. */
    private ReportRequest withCallerDefaults(ReportRequest request, CallerScope caller) {
        if (request == null || (request.townshipCode() != null && !request.townshipCode().isBlank())) {
            return request;
        }
        List<OrgUnit> villages = caller.villageCodes().stream().map(orgUnits::findActiveByCode)
                .flatMap(java.util.Optional::stream).filter(u -> u.level() == OrgLevel.VILLAGE).toList();
        if (villages.size() == 1) {
            OrgUnit village = villages.get(0);
            String villageCode = request.villageCode() == null || request.villageCode().isBlank()
                    ? village.code() : request.villageCode();
            return copy(request, village.parentCode(), villageCode);
        }
        List<String> townships = caller.townshipCodes().stream()
                .filter(code -> orgUnits.findActiveByCode(code).isPresent()).toList();
        return townships.size() == 1 ? copy(request, townships.get(0), request.villageCode()) : request;
    }

    private static ReportRequest copy(ReportRequest r, String townshipCode, String villageCode) {
        return new ReportRequest(r.channel(), townshipCode, villageCode, r.reporter(), r.person(), r.description(),
                r.urgent(), r.relatedToStaff(), r.externalRef());
    }
}
