package cn.qingyang.assistance.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conversions delegates rely on, with the types the engine really hands them: forms send
 * numbers as Long or Double and dates as ISO text, our own delegates write Long ids, Java dates
 * come back as java.util.Date. The last tests run a real (in-memory) engine for what a map cannot
 * show: a scope's own variables and the user who acts.
 */
class ProcessVariablesTest {

    private static ProcessVariables of(Object... nameThenValue) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < nameThenValue.length; i += 2) {
            values.put((String) nameThenValue[i], nameThenValue[i + 1]);
        }
        return ProcessVariables.from(values::get);
    }

    private static final ProcessVariables NONE = of();

    // --- ids and whole numbers ----------------------------------------------------------------

    @Test
    void anIdIsReadFromALongAnIntegerADoubleOrText() {
        assertThat(of("caseId", 42L).id("caseId")).isEqualTo(42L);
        assertThat(of("caseId", 42).id("caseId")).isEqualTo(42L);
        assertThat(of("caseId", 42.0).id("caseId")).isEqualTo(42L);
        assertThat(of("caseId", " 42 ").id("caseId")).isEqualTo(42L);
    }

    @Test
    void anAbsentIdIsAFaultOfTheModelNamingTheVariable() {
        assertThatThrownBy(() -> NONE.id("caseId")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'caseId'");
        assertThatThrownBy(() -> of("caseId", "案件").id("caseId")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void anOptionalLongIsEmptyWhenAbsent() {
        assertThat(NONE.optionalLong("itemId")).isEmpty();
        assertThat(of("itemId", 7L).optionalLong("itemId")).contains(7L);
        assertThat(of("itemId", 7.0).optionalLong("itemId")).contains(7L);
        assertThat(of("itemId", "7").optionalLong("itemId")).contains(7L);
    }

    @Test
    void aWholeNumberComesFromAnyNumberOrTextAndIsNullWhenAbsentOrBlank() {
        assertThat(of("year", 2025L).integer("year")).isEqualTo(2025);
        assertThat(of("year", 2025.0).integer("year")).isEqualTo(2025);
        assertThat(of("year", 2025).integer("year")).isEqualTo(2025);
        assertThat(of("year", " 2025 ").integer("year")).isEqualTo(2025);
        assertThat(of("year", " ").integer("year")).isNull();
        assertThat(NONE.integer("year")).isNull();
        assertThatThrownBy(() -> of("year", "2025.5").integer("year")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aCounterIsZeroBeforeTheFirstAndCountsOnAfter() {
        assertThat(NONE.count("visitCount")).isZero();
        assertThat(of("visitCount", 2).count("visitCount")).isEqualTo(2);
        assertThat(of("visitCount", 2L).count("visitCount")).isEqualTo(2);
        assertThat(of("visitCount", 2.0).count("visitCount")).isEqualTo(2);
    }

    // --- texts and choices --------------------------------------------------------------------

    @Test
    void textIsTheValueAsGivenOrNull() {
        assertThat(of("note", " 已回访 ").text("note")).isEqualTo(" 已回访 ");
        assertThat(of("note", 5L).text("note")).isEqualTo("5");
        assertThat(of("note", 5.5).text("note")).isEqualTo("5.5");
        assertThat(of("note", "").text("note")).isEmpty();
        assertThat(NONE.text("note")).isNull();
    }

    @Test
    void trimmedTextIsNullWhenAbsentOrBlank() {
        assertThat(of("note", " 已回访 ").trimmed("note")).isEqualTo("已回访");
        assertThat(of("note", "  ").trimmed("note")).isNull();
        assertThat(of("note", 5L).trimmed("note")).isEqualTo("5");
        assertThat(NONE.trimmed("note")).isNull();
    }

    @Test
    void aFlagIsTrueOnlyWhenTheBooleanTrue() {
        assertThat(of("urgent", true).flag("urgent")).isTrue();
        assertThat(of("urgent", Boolean.FALSE).flag("urgent")).isFalse();
        assertThat(of("urgent", "true").flag("urgent")).as("text is not a boolean").isFalse();
        assertThat(NONE.flag("urgent")).isFalse();
    }

    @Test
    void aChoiceIsExactlyOneOption() {
        assertThat(of("decision", "APPROVED").is("decision", "APPROVED")).isTrue();
        assertThat(of("decision", "REFUSED").is("decision", "APPROVED")).isFalse();
        assertThat(of("decision", "approved").is("decision", "APPROVED")).isFalse();
        assertThat(NONE.is("decision", "APPROVED")).isFalse();
    }

    @Test
    void theRawValueIsWhatTheSourceHolds() {
        Object value = List.of("a");
        assertThat(of("x", value).raw("x")).isSameAs(value);
        assertThat(NONE.raw("x")).isNull();
    }

    // --- amounts ------------------------------------------------------------------------------

    static Stream<Arguments> amounts() {
        return Stream.of(Arguments.of(1200L), Arguments.of(1200), Arguments.of(1200.0), Arguments.of(1200.5),
                Arguments.of(0.1), Arguments.of("810"), Arguments.of("810.50"), Arguments.of(new BigDecimal("3240.00")));
    }

    /** What the delegates did before, {@code new BigDecimal(value.toString())}: same value, same scale. */
    @ParameterizedTest
    @MethodSource("amounts")
    void anAmountIsWhatNewBigDecimalOfItsTextGave(Object value) {
        assertThat(of("amount", value).amount("amount")).isEqualTo(new BigDecimal(value.toString()));
        assertThat(of("amount", value).requiredAmount("amount")).isEqualTo(new BigDecimal(value.toString()));
    }

    @Test
    void anAmountIsNullWhenAbsentOrBlankAndARequiredOneNamesTheVariable() {
        assertThat(NONE.amount("amount")).isNull();
        assertThat(of("amount", " ").amount("amount")).isNull();
        assertThat(of("amount", " 810 ").amount("amount")).isEqualTo(new BigDecimal("810"));
        assertThatThrownBy(() -> NONE.requiredAmount("aidAmount")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'aidAmount'");
        assertThatThrownBy(() -> of("amount", "八百").amount("amount")).isInstanceOf(NumberFormatException.class);
    }

    // --- dates --------------------------------------------------------------------------------

    @Test
    void aDateIsReadFromAFormsTextWithOrWithoutATime() {
        assertThat(of("admissionDate", "2025-03-10").date("admissionDate")).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(of("admissionDate", "2025-03-10T08:30:00").date("admissionDate")).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(of("admissionDate", " 2025-03-10T00:00:00.000+0800 ").date("admissionDate"))
                .isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void aDateIsReadFromAJavaUtilDateInTheDefaultZoneOrALocalDate() {
        Date lateEvening = Date.from(LocalDate.of(2025, 3, 10).atTime(23, 30).atZone(ZoneId.systemDefault()).toInstant());
        assertThat(of("dueAt", lateEvening).date("dueAt")).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(of("dueAt", LocalDate.of(2025, 3, 10)).date("dueAt")).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void aDateIsNullWhenAbsentOrBlank() {
        assertThat(NONE.date("admissionDate")).isNull();
        assertThat(of("admissionDate", "").date("admissionDate")).isNull();
        assertThatThrownBy(() -> of("admissionDate", "10/03/2025").date("admissionDate")).isInstanceOf(Exception.class);
    }

    // --- values our delegates and decisions wrote ---------------------------------------------

    @Test
    void aTypedValueIsCastToTheTypeAskedForOrNull() {
        assertThat(of("codes", List.of("DIBAO")).get("codes", List.class)).containsExactly("DIBAO");
        assertThat(NONE.get("codes", List.class)).isNull();
        assertThatThrownBy(() -> of("codes", "DIBAO").get("codes", List.class)).isInstanceOf(ClassCastException.class);
    }

    @Test
    void aDecisionsSingleResultAndResultListAreReadAsTheEngineKeepsThem() {
        Map<String, Object> classification = Map.of("category", "LOW_INCOME", "followUpCycle", "R/P3M");
        List<Map<String, Object>> routes = List.of(Map.of("route", "DIBAO"), Map.of("route", "REFERRAL", "department", "dept-medical"));
        ProcessVariables variables = of("classification", classification, "routes", routes);
        assertThat(variables.singleResult("classification")).containsEntry("category", "LOW_INCOME");
        assertThat(variables.resultList("routes")).hasSize(2).extracting(route -> route.get("route"))
                .containsExactly("DIBAO", "REFERRAL");
        assertThat(NONE.singleResult("classification")).isNull();
        assertThat(NONE.resultList("routes")).isNull();
        assertThatThrownBy(() -> of("routes", "DIBAO").resultList("routes")).isInstanceOf(ClassCastException.class);
    }

    // --- in an engine: scopes and the acting user ---------------------------------------------

    private static ProcessEngine engine;
    private static final Map<String, Object> SEEN = new HashMap<>();

    /** The service task of the model below: what a delegate sees. */
    public static class Reader implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            ProcessVariables all = ProcessVariables.of(execution);
            ProcessVariables local = ProcessVariables.local(execution);
            SEEN.put("caseId", all.id("caseId"));
            SEEN.put("stepSeenFromAll", all.text("step"));
            SEEN.put("stepSeenLocally", local.text("step"));
            SEEN.put("caseIdSeenLocally", local.raw("caseId"));
            SEEN.put("executionUser", ProcessVariables.currentUser(execution));
        }
    }

    /** The user task's create listener: what a task listener sees. */
    public static class TaskReader implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            SEEN.put("taskUser", ProcessVariables.currentUser(task));
            SEEN.put("caseIdOfTask", ProcessVariables.of(task).id("caseId"));
        }
    }

    @BeforeAll
    static void startAnEngine() {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:process-variables-test;DB_CLOSE_DELAY=-1")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                .setJobExecutorActivate(false)
                .setProcessEngineName("process-variables-test")
                .buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addModelInstance("reads.bpmn", Bpmn.createExecutableProcess("Reads").camundaHistoryTimeToLive(1)
                        .startEvent()
                        .serviceTask("Task_Read").camundaClass(Reader.class).camundaInputParameter("step", "DONE")
                        .userTask("Task_Wait").camundaTaskListenerClass(TaskListener.EVENTNAME_CREATE, TaskReader.class)
                        .endEvent()
                        .done())
                .deploy();
    }

    @AfterAll
    static void stopTheEngine() {
        engine.close();
    }

    @Test
    void aDelegateReadsItsScopesOwnVariablesApartAndKnowsWhoActs() {
        SEEN.clear();
        engine.getIdentityService().setAuthenticatedUserId("qiaomu-caseworker");
        try {
            engine.getRuntimeService().startProcessInstanceByKey("Reads", Map.of("caseId", 17L));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(SEEN).containsEntry("caseId", 17L)
                .containsEntry("stepSeenFromAll", "DONE")
                .containsEntry("stepSeenLocally", "DONE")
                .containsEntry("caseIdSeenLocally", null)
                .containsEntry("executionUser", "qiaomu-caseworker")
                .containsEntry("taskUser", "qiaomu-caseworker")
                .containsEntry("caseIdOfTask", 17L);
    }

    @Test
    void noOneActsWhenTheEngineRunsAlone() {
        SEEN.clear();
        engine.getRuntimeService().startProcessInstanceByKey("Reads", Map.of("caseId", 18L));
        assertThat(SEEN).containsEntry("caseId", 18L)
                .containsEntry("executionUser", null)
                .containsEntry("taskUser", null);
    }
}
