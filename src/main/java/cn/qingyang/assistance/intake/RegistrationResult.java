package cn.qingyang.assistance.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * OPENED: a new case; ATTACHED: the report joined the open case of the person's household.
 * {@code householdId}: the household (一户一档) the person belongs to. {@code repeated}: the same
 * external reference came in before, and this is the first answer given again.
 */
public record RegistrationResult(String caseNumber, Result result, Long householdId, @JsonIgnore boolean repeated) {

    public enum Result { OPENED, ATTACHED }

    public RegistrationResult(String caseNumber, Result result, Long householdId) {
        this(caseNumber, result, householdId, false);
    }

    RegistrationResult asRepeat() {
        return new RegistrationResult(caseNumber, result, householdId, true);
    }
}
