package cn.qingyang.assistance.household;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What the assistance decisions read off a household's members: its size, its monthly per-capita
 * income (all members' incomes of the four kinds, divided by the members: 以家庭为单位), the share
 * of its income that goes to rigid spending (medical and education), and whether any member
 * already receives 低保 (部分家庭成员已纳入低保).
 */
public record HouseholdFigures(int size, BigDecimal monthlyIncome, BigDecimal perCapitaIncome,
                               BigDecimal monthlyRigidSpending, double rigidSpendingShare, boolean partlyOnDibao) {

    public static HouseholdFigures of(List<MemberInput> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a household has at least one member");
        }
        BigDecimal income = members.stream().map(MemberInput::monthlyIncome).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spending = members.stream().map(MemberInput::monthlyRigidSpending).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new HouseholdFigures(members.size(), income,
                income.divide(BigDecimal.valueOf(members.size()), 2, RoundingMode.HALF_UP), spending,
                rigidSpendingShare(spending, income), members.stream().anyMatch(MemberInput::onDibao));
    }

    /**
     * Rigid spending over income, four decimals; a household without income counts as spending all
     * of it (1), as the routing rules always have.
     */
    public static double rigidSpendingShare(BigDecimal monthlySpending, BigDecimal monthlyIncome) {
        if (monthlyIncome.signum() <= 0) {
            return 1;
        }
        return monthlySpending.divide(monthlyIncome, 4, RoundingMode.HALF_UP).doubleValue();
    }
}
