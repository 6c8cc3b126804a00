package cn.qingyang.assistance.aid;

import cn.qingyang.assistance.DecisionTables;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.traceability.Proves;
import cn.qingyang.assistance.household.HouseholdFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.Test;

/** Every row of AssistanceRoutes (clause 7 of the notice: classified assistance), a COLLECT table. */
class AssistanceRoutesDecisionTest {

    static final DmnDecision DECISION = DecisionTables.load("assistance-routes.dmn", "AssistanceRoutes");
    static final double DIBAO = 810;

    /** A household with an ordinary income and no special need: no route at all. */
    private static Map<String, Object> household(Object... overrides) {
        Map<String, Object> v = new HashMap<>();
        v.put("householdPartlyOnDibao", false);
        v.put("perCapitaIncome", 2000.0);
        v.put("dibaoStandard", DIBAO);
        v.put("householdSize", 3);
        v.put("medicalSpending", 0);
        v.put("educationSpending", 0);
        v.put("extremePovertyPerson", false);
        v.put("selfCareLoss", "NONE");
        v.put("rightsAtRisk", false);
        v.put("willingCentralCare", false);
        v.put("temporaryNeed", false);
        v.put("medicalNeed", false);
        v.put("housingNeed", false);
        v.put("employmentNeed", false);
        v.put("educationNeed", false);
        for (int i = 0; i < overrides.length; i += 2) {
            v.put((String) overrides[i], overrides[i + 1]);
        }
        // the decision reads the share the visit recorder computes: a year's rigid spending, per
        // month, over the household's monthly income
        BigDecimal monthlySpending = new BigDecimal(v.get("medicalSpending").toString())
                .add(new BigDecimal(v.get("educationSpending").toString())).divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP);
        BigDecimal monthlyIncome = BigDecimal.valueOf((Double) v.get("perCapitaIncome")).multiply(BigDecimal.valueOf((Integer) v.get("householdSize")));
        v.put("rigidSpendingShare", HouseholdFigures.rigidSpendingShare(monthlySpending, monthlyIncome));
        return v;
    }

    private static List<String> routes(Map<String, Object> variables) {
        return DecisionTables.ENGINE.evaluateDecisionTable(DECISION, variables).getResultList().stream()
                .map(r -> (String) r.get("route")).toList();
    }

    @Test
    void aHouseholdAboveEveryLineGetsNoRoute() {
        assertThat(routes(household())).isEmpty();
    }

    @Proves("N7-whole-household")
    @Test
    void partOfTheHouseholdOnDibaoAndStillBelowTheLineBringsTheWholeHouseholdIn() {
        assertThat(routes(household("householdPartlyOnDibao", true, "perCapitaIncome", 600.0)))
                .containsExactly("DIBAO_WHOLE_HOUSEHOLD");
    }

    @Test
    void incomeBelowTheDibaoStandardLeadsToADibaoApplication() {
        assertThat(routes(household("perCapitaIncome", 500.0))).containsExactly("DIBAO");
    }

    @Proves({"N7-whole-household", "N7-temporary"})
    @Test
    void partOfTheHouseholdOnDibaoButAboveTheLineGetsTemporaryAssistance() {
        assertThat(routes(household("householdPartlyOnDibao", true, "perCapitaIncome", 2000.0))).containsExactly("TEMPORARY");
    }

    @Proves("N7-temporary")
    @Test
    void aSuddenHardshipGetsTemporaryAssistance() {
        assertThat(routes(household("temporaryNeed", true))).containsExactly("TEMPORARY");
    }

    @Proves("N7-care")
    @Test
    void disabledExtremePovertyPersonsAtRiskAreCaredForCentrallyOrWithMaterialAndService() {
        assertThat(routes(household("extremePovertyPerson", true, "selfCareLoss", "COMPLETE", "rightsAtRisk", true,
                "willingCentralCare", true))).containsExactly("CENTRAL_CARE");
        assertThat(routes(household("extremePovertyPerson", true, "selfCareLoss", "PARTIAL", "rightsAtRisk", true,
                "willingCentralCare", false))).containsExactly("MATERIAL_SERVICE");
        assertThat(routes(household("extremePovertyPerson", true, "selfCareLoss", "NONE", "rightsAtRisk", true)))
                .as("self-reliant: no care route").isEmpty();
    }

    @Proves("N7-referral")
    @Test
    void specialNeedsAreReferredToTheirDepartments() {
        assertThat(routes(household("medicalNeed", true, "housingNeed", true, "employmentNeed", true, "educationNeed", true)))
                .containsExactly("REFERRAL_MEDICAL", "REFERRAL_HOUSING", "REFERRAL_EMPLOYMENT", "REFERRAL_EDUCATION");
    }

    @Proves({"N7-monitoring", "T-marginal-1.5x"})
    @Test
    void lowIncomeHouseholdsAreEnrolledInMonitoring() {
        assertThat(routes(household("perCapitaIncome", 1000.0))).as("below 1.5x the standard")
                .containsExactly("LOW_INCOME_MONITORING");
        assertThat(routes(household("perCapitaIncome", 1300.0, "medicalSpending", 30000, "educationSpending", 6000)))
                .as("rigid spending over half the income").containsExactly("LOW_INCOME_MONITORING");
        assertThat(routes(household("perCapitaIncome", 1300.0, "medicalSpending", 3000)))
                .as("spending under half the income").isEmpty();
    }

    @Test
    void routesCombine() {
        assertThat(routes(household("perCapitaIncome", 400.0, "medicalNeed", true, "temporaryNeed", true)))
                .containsExactly("DIBAO", "TEMPORARY", "REFERRAL_MEDICAL");
    }
}
