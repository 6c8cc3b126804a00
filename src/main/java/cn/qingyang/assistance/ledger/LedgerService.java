package cn.qingyang.assistance.ledger;

import cn.qingyang.assistance.household.HouseholdCodes;
import cn.qingyang.assistance.household.HouseholdRepository;
import cn.qingyang.assistance.household.HouseholdService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The classified ledgers (分类台账): the 急难 ledger entered at first aid (one row per case), and
 * one classified entry per household and category, entered by the household's first case so
 * classified and updated by its later ones (follow-ups stay with the entry), with its next
 * follow-up date and the notice's columns as they were when the household was classified.
 */
@Service
public class LedgerService {

    public static final String URGENT = "URGENT";
    public static final String CLASSIFIED = "CLASSIFIED";
    /** Followed up (回访) until resolved. */
    public static final String ACTIVE = "ACTIVE";
    /** Kept for the record, no follow-up. */
    public static final String CLOSED = "CLOSED";

    private final LedgerRepository entries;
    private final HouseholdRepository households;
    private final HouseholdService householdFile;

    public LedgerService(LedgerRepository entries, HouseholdRepository households, HouseholdService householdFile) {
        this.entries = entries;
        this.households = households;
        this.householdFile = householdFile;
    }

    /**
     * The next follow-up date: one period of the category's cycle (an ISO 8601 repetition from
     * the HardshipCategory decision, e.g. {@code R/P1M}) after {@code today}; none without a cycle.
     */
    public static LocalDate nextFollowUp(String cycle, LocalDate today) {
        if (cycle == null || cycle.isBlank()) {
            return null;
        }
        return today.plus(Period.parse(cycle.substring(cycle.lastIndexOf('/') + 1)));
    }

    /**
     * Whether a follow-up cycle (an ISO 8601 repeating interval such as {@code R1/P1M} or
     * {@code R/P3M}) asks for a single visit: its repetition count is exactly 1.
     */
    public static boolean visitsOnce(String cycle) {
        if (cycle == null || !cycle.startsWith("R") || cycle.indexOf('/') < 0) {
            return false;
        }
        String repetitions = cycle.substring(1, cycle.indexOf('/'));
        return repetitions.equals("1");
    }

    public void enterUrgent(long caseId, String measures) {
        entries.enterOnce(caseId, URGENT, null, true, null, measures, null, ACTIVE);
    }

    /**
     * Enters the case's household in the classified ledger of {@code category}, or updates the
     * household's entry there, with the columns of {@link #columnsAt}.
     */
    public void enterClassified(long caseId, String category, boolean urgent, String causes, String measures,
                                LocalDate nextFollowUp, String status) {
        entries.enterClassified(caseId, category, urgent, causes, measures, nextFollowUp, status, columnsAt(caseId));
    }

    /**
     * The notice's columns as they are now: 身体状况、劳动能力、困难程度、自救能力 from the case's
     * latest visit that saw the person; 家庭人口 and 家庭月人均收入 from the household file when its
     * members' incomes are recorded there, else from that visit (a visit recorded before the household
     * file); 成员享受的救助 from the members' current benefits; 包保责任人 the household's, and where it
     * has none yet the first investigator of that visit (the caseworker who went to the household and
     * whose findings classified it), who then becomes the household's, as a new version of its file.
     */
    LedgerColumns columnsAt(long caseId) {
        long householdId = entries.householdOfCase(caseId);
        Optional<LedgerRepository.SeenVisit> visit = entries.latestSeenVisit(caseId);
        List<HouseholdRepository.Member> members = households.members(householdId);
        Integer size;
        BigDecimal perCapita;
        if (!members.isEmpty() && members.stream().anyMatch(LedgerService::incomeRecorded)) {
            size = members.size();
            perCapita = members.stream().flatMap(m -> Stream.of(m.incomeWage(), m.incomeBusiness(), m.incomeProperty(),
                            m.incomeTransfer())).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(size), 2, RoundingMode.HALF_UP);
        } else {
            size = visit.map(LedgerRepository.SeenVisit::householdSize).orElse(null);
            BigDecimal total = visit.map(LedgerRepository.SeenVisit::totalIncome).orElse(null);
            perCapita = size == null || size < 1 || total == null ? null
                    : total.divide(BigDecimal.valueOf(size), 2, RoundingMode.HALF_UP);
        }
        String benefits = members.stream().filter(m -> m.benefits() != null && !m.benefits().isBlank())
                .map(m -> m.name() + "：" + HouseholdCodes.labels(HouseholdCodes.BENEFITS, m.benefits()))
                .collect(Collectors.joining("；"));
        String responsible = households.find(householdId).map(HouseholdRepository.HouseholdRow::responsiblePerson)
                .filter(name -> !name.isBlank()).orElse(null);
        if (responsible == null && visit.isPresent() && visit.get().investigator() != null) {
            responsible = visit.get().investigator();
            householdFile.nameResponsiblePersonIfNone(householdId, responsible, "分类台账登记",
                    "包保责任人：" + responsible + "（入户调查人员，登记分类台账时默认）");
        }
        return visit.map(v -> new LedgerColumns(v.healthStatus(), v.disabilityGrade(), LedgerColumns.selfCare(v.adlFailed()),
                        v.labourCapacity(), v.hardshipDegree(), v.selfHelpCapacity(), null, null, null, null))
                .orElse(LedgerColumns.NONE)
                .withHousehold(size, perCapita, benefits.isEmpty() ? null : benefits, responsible);
    }

    private static boolean incomeRecorded(HouseholdRepository.Member member) {
        return member.incomeWage() != null || member.incomeBusiness() != null || member.incomeProperty() != null
                || member.incomeTransfer() != null;
    }

    /** The number of follow-up visits an entry has had. */
    public int followUpCount(long entryId) {
        return entries.followUpCount(entryId);
    }

    /** The case's classified entry whatever its status: its id, status and next follow-up date. */
    public Optional<Map<String, Object>> classifiedEntry(long caseId) {
        return entries.classifiedEntry(caseId);
    }

    public void recordFollowUp(long entryId, int visitNo, LocalDate date, String outcome, String note, LocalDate next) {
        entries.recordFollowUp(entryId, visitNo, date, outcome, note, next);
    }

    /** Resolved, or followed up as often as the category asks: the entry is kept, closed (销号). */
    public void close(long entryId) {
        entries.close(entryId);
    }

    /** The person of an entry (ID number and phone decrypted), to report again when a follow-up finds things worse. */
    public Map<String, Object> personOf(long entryId) {
        return entries.personOf(entryId);
    }
}
