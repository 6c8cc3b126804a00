package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

import cn.qingyang.assistance.crypto.FieldCipher;
import cn.qingyang.assistance.household.HouseholdMemberRows;
import cn.qingyang.assistance.household.HouseholdService;
import cn.qingyang.assistance.household.MemberInput;
import cn.qingyang.assistance.workflow.ProcessVariables;
import cn.qingyang.assistance.household.HouseholdRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * The household's members on a home visit: the check of the form's rows against the household
 * file as it is now (the case's household, its reported person), used by the completion guard and
 * again by the step that records the visit.
 */
@Component
class VisitMembers {

    private final CaseRepository cases;
    private final HouseholdService households;
    private final HouseholdRepository file;
    private final FieldCipher cipher;
    private final Clock clock;

    VisitMembers(CaseRepository cases, HouseholdService households, HouseholdRepository file, FieldCipher cipher, Clock clock) {
        this.cases = cases;
        this.households = households;
        this.file = file;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The case's household (a 并户 may have moved the case since it was opened). */
    long householdOf(VariableScope execution) {
        return caseRow(execution).householdId();
    }

    /** The rows of the members on file, head first, with masked numbers only: what a visit starts from. */
    JsonValue onFile(long householdId) {
        List<HouseholdRepository.Member> members = file.members(householdId).stream()
                .sorted(Comparator.comparing((HouseholdRepository.Member m) -> !m.head())
                        .thenComparing(HouseholdRepository.Member::memberId))
                .toList();
        return MembersVariable.json(HouseholdMemberRows.rows(members, LocalDate.now(clock)));
    }

    /** The household's facts and supporters as the form's group shows them (Json). */
    JsonValue factsOnFile(long householdId) {
        return MembersVariable.json(households.factsOnFile(householdId));
    }

    /** Whether the visit lists the members (a case started before the household file records totals instead). */
    static boolean listed(DelegateExecution execution) {
        return execution.getVariable(HOUSEHOLD_MEMBERS) != null;
    }

    /** Seals every full ID number typed into the rows, so that the engine's tables never keep one. */
    void seal(DelegateExecution execution) {
        execution.setVariable(HOUSEHOLD_MEMBERS,
                MembersVariable.json(MembersVariable.sealed(MembersVariable.rows(execution.getVariable(HOUSEHOLD_MEMBERS)), cipher)));
    }

    /** The check of the rows for this case; after a check without problems it holds the members. */
    Check checkFor(DelegateExecution execution) {
        CaseRepository.CaseRow row = caseRow(execution);
        String name = ProcessVariables.of(execution).text(PERSON_NAME);
        return new Check(row.householdId(), households.forCheck(row.householdId(), row.personId(), name == null ? "" : name));
    }

    private CaseRepository.CaseRow caseRow(VariableScope scope) {
        long caseId = ProcessVariables.of(scope).id(CASE_ID);
        return cases.findCase(caseId).orElseThrow(() -> new IllegalStateException("case " + caseId + " does not exist"));
    }

    /** One check of the rows: a function of the variable's value to its problems, for {@link VisitAssessment#rules}. */
    final class Check implements Function<Object, List<String>> {

        private final long householdId;
        private final HouseholdMemberRows.Household household;
        private List<MemberInput> members = List.of();

        private Check(long householdId, HouseholdMemberRows.Household household) {
            this.householdId = householdId;
            this.household = household;
        }

        @Override
        public List<String> apply(Object value) {
            HouseholdMemberRows.Checked checked = HouseholdMemberRows.check(
                    MembersVariable.opened(MembersVariable.rows(value), cipher), household, clock);
            members = checked.members();
            return checked.problems();
        }

        long householdId() {
            return householdId;
        }

        List<MemberInput> members() {
            return members;
        }
    }
}
