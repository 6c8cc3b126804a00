package cn.qingyang.assistance.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * OPENED: a new case; ATTACHED: the report joined the person's open case. {@code repeated}: the
 * same external reference came in before, and this is the first answer given again.
 */
public record RegistrationResult(String caseNumber, Result result, @JsonIgnore boolean repeated) {

    public enum Result { OPENED, ATTACHED }

    public RegistrationResult(String caseNumber, Result result) {
        this(caseNumber, result, false);
    }

    RegistrationResult asRepeat() {
        return new RegistrationResult(caseNumber, result, true);
    }
}
