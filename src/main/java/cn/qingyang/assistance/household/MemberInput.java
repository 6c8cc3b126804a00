package cn.qingyang.assistance.household;

import cn.qingyang.assistance.person.ResidentIdNumber;
import java.math.BigDecimal;
import java.util.List;

/**
 * One member as a home visit recorded them. {@code personId} is null for a member added at the
 * visit; {@code idNumber} is null when the stored number stands (an existing member whose number
 * was not corrected). Incomes and spending are monthly, in 元.
 */
public record MemberInput(Long personId, String name, ResidentIdNumber idNumber, String relation, String health,
                          String illness, String disabilityCategory, Integer disabilityGrade, String labourCapacity,
                          String selfCare, String schooling, String employment, BigDecimal incomeWage,
                          BigDecimal incomeBusiness, BigDecimal incomeProperty, BigDecimal incomeTransfer,
                          BigDecimal medicalSpending, BigDecimal educationSpending, List<String> benefits) {

    public MemberInput {
        benefits = List.copyOf(benefits);
    }

    public boolean head() {
        return HouseholdCodes.HEAD.equals(relation);
    }

    /** 工资性 + 经营净 + 财产净 + 转移净. */
    public BigDecimal monthlyIncome() {
        return incomeWage.add(incomeBusiness).add(incomeProperty).add(incomeTransfer);
    }

    /** Medical and education spending: the rigid spending of the notice. */
    public BigDecimal monthlyRigidSpending() {
        return medicalSpending.add(educationSpending);
    }

    public boolean onDibao() {
        return benefits.contains(HouseholdCodes.DIBAO);
    }
}
