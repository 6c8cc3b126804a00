package cn.qingyang.assistance.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures the decisions read, computed from the members (以家庭为单位). */
class HouseholdFiguresTest {

    static MemberInput member(String wage, String business, String property, String transfer, String medical,
                              String education, String... benefits) {
        return new MemberInput(null, "成员", null, "OTHER", "HEALTHY", null, "NONE", null, "FULL", "SELF", "NOT_IN_SCHOOL",
                "FARMING", new BigDecimal(wage), new BigDecimal(business), new BigDecimal(property), new BigDecimal(transfer),
                new BigDecimal(medical), new BigDecimal(education), List.of(benefits));
    }

    @Test
    void perCapitaIncomeIsEveryMembersIncomeOfTheFourKindsOverTheMembers() {
        HouseholdFigures figures = HouseholdFigures.of(List.of(member("1200", "300", "0", "100", "0", "0"),
                member("0", "0", "50", "350.5", "0", "0"), member("0", "0", "0", "0", "0", "0")));

        assertThat(figures.size()).isEqualTo(3);
        assertThat(figures.monthlyIncome()).isEqualByComparingTo("2000.5");
        assertThat(figures.perCapitaIncome()).isEqualByComparingTo("666.83");
        assertThat(figures.partlyOnDibao()).isFalse();
    }

    @Test
    void theRigidSpendingShareIsMedicalAndEducationSpendingOverIncome() {
        HouseholdFigures figures = HouseholdFigures.of(List.of(member("1000", "0", "0", "0", "450", "0"),
                member("0", "0", "0", "200", "0", "150", "DIBAO")));

        assertThat(figures.monthlyRigidSpending()).isEqualByComparingTo("600");
        assertThat(figures.rigidSpendingShare()).isEqualTo(0.5);
        assertThat(figures.partlyOnDibao()).as("a member on 低保").isTrue();
    }

    @Test
    void aHouseholdWithoutIncomeSpendsAllOfIt() {
        assertThat(HouseholdFigures.of(List.of(member("0", "0", "0", "0", "0", "0"))).rigidSpendingShare()).isEqualTo(1.0);
        assertThat(HouseholdFigures.rigidSpendingShare(BigDecimal.ONE, new BigDecimal("3"))).isEqualTo(0.3333);
    }

    @Test
    void aHouseholdHasMembers() {
        assertThatThrownBy(() -> HouseholdFigures.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
