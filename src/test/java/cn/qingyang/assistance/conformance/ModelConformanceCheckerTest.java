package cn.qingyang.assistance.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves the checker both accepts a conformant model set and detects every rule: each
 * {@code conformance/broken-<rule>} fixture is a conformant model with exactly one defect.
 */
class ModelConformanceCheckerTest {

    /** Variables the fixtures' forms bind besides those the processes read (personSeen comes from a condition). */
    private static final Set<String> DECLARED_VARIABLES =
            Set.of("reportedName", "reportedAddress", "householdIncome", "visitNote", "householdMembers");

    private final ModelConformanceChecker checker =
            new ModelConformanceChecker(name -> Set.of("knownBean").contains(name), DECLARED_VARIABLES,
                    Map.of("caseSummary", Set.of("personName", "townshipName")));

    @Test
    void validFixtureHasNoViolations() {
        // also contains a form no process references, with a key nobody reads: allowed
        assertThat(check("valid")).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("brokenFixtures")
    void brokenFixtureIsReported(String rule, String fixture, List<String> elementIds) {
        Tuple[] expected = elementIds.stream().map(id -> tuple(rule, id)).toArray(Tuple[]::new);

        assertThat(check(fixture))
                .extracting(Violation::rule, Violation::elementId)
                .containsExactlyInAnyOrder(expected);
    }

    static Stream<Arguments> brokenFixtures() {
        return Stream.of(
                fixture("BPMN_PARSE", (String) null),
                fixture("DMN_PARSE", (String) null),
                fixture("FORM_PARSE", (String) null),
                fixture("FORM_HEADER", "Form_Remark"),
                fixture("FORM_DUPLICATE_KEY", "Field_0d4w7pe"),
                fixture("FORM_LABEL", "Field_1c8k2ws"),
                fixture("FORM_FIELD_UNBOUND", "Field_0u8r3jy"),
                fixture("FORM_TEXT_UNESCAPED", "Field_0raw001"),
                // issue 15: the case summary is one Json variable; forms read its keys
                fixtureIn("broken-form-text-unescaped-summary", "FORM_TEXT_UNESCAPED", "Field_0raw001"),
                fixture("FORM_JSON_KEY_UNKNOWN", "Field_0raw001"),
                fixture("DI_MISSING", "Task_Review"),
                fixture("HISTORY_TTL_MISSING", "BrokenHistoryTtlMissing", "AssessRiskLevel"),
                fixture("NAME_MISSING", "Task_Review", "AssessRiskLevel"),
                fixture("FLOW_NAME_MISSING", "SequenceFlow_ClueValidNo"),
                fixture("ID_STYLE", "Activity_0k3x9zq", "assess_risk_level"),
                fixture("MESSAGE_NAME_STYLE", "Message_CaseClosed"),
                fixture("DELEGATE_EXPRESSION_FORMAT", "Task_Notify"),
                fixture("DELEGATE_BEAN_UNKNOWN", "Task_Notify"),
                fixture("CAMUNDA_CLASS", "Task_Notify"),
                fixture("ASYNC_RETRY_MISSING", "Task_Notify"),
                fixture("FORM_REF_MISSING", "Task_Review"),
                fixture("FORM_KEY_USED", "Task_Review"),
                fixture("FORM_REF_BINDING", "Task_Review"),
                fixture("FORM_REF_UNKNOWN", "Task_Review"),
                fixture("DUTY_VARIABLE_UNRECORDED", "Task_VisitHousehold"),
                fixture("DUTY_LEADER_UNGUARDED", "Task_VisitHousehold"),
                // issue 14: transaction boundaries, no dead ends, the version policy, escalations
                fixture("USER_TASK_NOT_ASYNC_AFTER", "Task_VisitHousehold"),
                fixture("CALL_ACTIVITY_NOT_ASYNC", "CallActivity_SweepVillages"),
                fixture("MULTI_INSTANCE_NOT_ASYNC", "CallActivity_SweepVillages"),
                fixture("JOIN_NOT_ASYNC", "Gateway_Join"),
                fixture("GATEWAY_DEFAULT_MISSING", "Gateway_PersonSeen"),
                fixtureIn("broken-gateway-default-conditional", "GATEWAY_DEFAULT_MISSING", "SequenceFlow_PersonSeenNo"),
                fixture("CONDITION_SUBSTRING", "SequenceFlow_PersonSeenYes"),
                fixtureIn("broken-async-retry-missing-elements", "ASYNC_RETRY_MISSING",
                        "Task_VisitHousehold", "CallActivity_SweepVillages", "Gateway_Join"),
                fixture("VERSION_TAG_MISSING", "DiscoveryVisit", "AssessRiskLevel"),
                fixture("BINDING_POLICY", "CallActivity_SweepVillages", "Task_AssessRiskLevel", "Task_VisitHousehold"),
                fixture("JOB_PRIORITY_MISSING", "VillageSweep"),
                fixture("ESCALATION_OUTLIVES_TASK", "BoundaryEvent_ReviewOverdue"));
    }

    @Test
    void violationIsReadable() {
        Violation violation = new Violation("case.bpmn", "Task_Review", "DI_MISSING", "flow node has no BPMNShape");

        assertThat(violation).hasToString("[DI_MISSING] case.bpmn #Task_Review: flow node has no BPMNShape");
    }

    @Test
    void missingDirectoryIsRejectedInsteadOfPassing() {
        Path valid = fixtureDir("valid");

        assertThatThrownBy(() -> checker.check(valid.resolve("no-such-dir"), valid.resolve("forms")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Element ids are {@code null} for violations that concern a whole file. */
    private static Arguments fixture(String rule, String... elementIds) {
        return fixtureIn("broken-" + rule.toLowerCase().replace('_', '-'), rule, elementIds);
    }

    /** A second way to break a rule, in a fixture of its own. */
    private static Arguments fixtureIn(String fixture, String rule, String... elementIds) {
        return arguments(rule, fixture, Arrays.asList(elementIds));
    }

    private List<Violation> check(String fixture) {
        Path dir = fixtureDir(fixture);
        return checker.check(dir.resolve("bpmn"), dir.resolve("forms"));
    }

    private static Path fixtureDir(String fixture) {
        URL url = ModelConformanceCheckerTest.class.getResource("/conformance/" + fixture);
        assertThat(url).as("fixture directory %s on the test classpath", fixture).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
