package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.DecisionTables;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.traceability.Proves;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of HardshipCategory (特殊困难 / 一般困难 / 临时困难 and the follow-up cycle). */
class HardshipCategoryDecisionTest {

    static final DmnDecision DECISION = DecisionTables.load("hardship-category.dmn", "HardshipCategory");

    @Proves({"N8", "T-follow-up-cadence"})
    @ParameterizedTest(name = "{6}")
    @CsvSource({
            // health, labour, degree, selfHelp, urgent, cause1 -> category, cycle, row
            "SERIOUS,  LOST,    MODERATE, WEAK, false, 01, SPECIAL,   R/P1M,  'rule 1: seriously ill, no labour capacity'",
            "DISABLED, NONE,    MILD,     SOME, false, 03, SPECIAL,   R/P1M,  'rule 1: disabled, no labour capacity'",
            "HEALTHY,  FULL,    SEVERE,   NONE, false, 06, SPECIAL,   R/P1M,  'rule 2: severe, no self-help'",
            "HEALTHY,  FULL,    MODERATE, SOME, true,  99, TEMPORARY, R1/P1M, 'rule 3: urgent with labour capacity'",
            "CHRONIC,  PARTIAL, MODERATE, WEAK, false, 02, TEMPORARY, R1/P1M, 'rule 4: disaster with labour capacity'",
            "HEALTHY,  FULL,    MILD,     SOME, false, 05, TEMPORARY, R1/P1M, 'rule 4: accident with labour capacity'",
            "CHRONIC,  PARTIAL, MODERATE, WEAK, false, 01, GENERAL,   R/P3M,  'rule 5: everything else'",
            "SERIOUS,  LOST,    SEVERE,   NONE, true,  02, SPECIAL,   R/P1M,  'first hit: special before temporary'",
    })
    void classifies(String health, String labour, String degree, String selfHelp, boolean urgent, String cause,
                    String category, String cycle, String row) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("healthStatus", health);
        variables.put("labourCapacity", labour);
        variables.put("hardshipDegree", degree);
        variables.put("selfHelpCapacity", selfHelp);
        variables.put("urgent", urgent);
        variables.put("cause1", cause);
        DmnDecisionRuleResult result = DecisionTables.ENGINE.evaluateDecisionTable(DECISION, variables).getSingleResult();
        assertThat(result.<String>getEntry("category")).as(row).isEqualTo(category);
        assertThat(result.<String>getEntry("followUpCycle")).as(row).isEqualTo(cycle);
        assertThat(result.<String>getEntry("categoryLabel")).as(row).isEqualTo(
                Map.of("SPECIAL", "特殊困难", "GENERAL", "一般困难", "TEMPORARY", "临时困难").get(category));
    }
}
