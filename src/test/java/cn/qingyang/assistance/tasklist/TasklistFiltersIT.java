package cn.qingyang.assistance.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each role finds its own Tasklist filters, and they select the tasks their names promise. */
@IntegrationTest
class TasklistFiltersIT {

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;
    @Autowired
    TasklistFilters filterRunner;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void everyRoleSeesItsOwnFilters() throws Exception {
        assertThat(filterNames("lingtang-collector")).containsExactly("我的待办", "本村待办", "已逾期");
        assertThat(filterNames("qiaomu-caseworker")).containsExactly("我的待办", "本乡镇待办", "已逾期");
        assertThat(filterNames("qiaomu-leader")).containsExactly("我的待办", "本乡镇待办", "已逾期");
        assertThat(filterNames("county-supervisor")).containsExactly("我的待办", "县局待办", "已逾期");
        assertThat(filterNames("medical-liaison")).containsExactly("我的待办", "本部门待办", "已逾期");
    }

    @Test
    void villageAndOverdueFiltersSelectTheRightTasks() throws Exception {
        repository.createDeployment().addModelInstance("FilterProbe.bpmn",
                Bpmn.createExecutableProcess("FilterProbe").camundaHistoryTimeToLive(1).startEvent()
                        .userTask("Task_Probe").camundaCandidateGroups("${group}").camundaDueDate("${due}")
                        .endEvent().done()).deploy();
        // other tests share the application and may leave village tasks open: count what this test adds
        Http collector = Http.basic(port, "lingtang-collector", "demo");
        long village = count(collector, "本村待办");
        long overdue = count(collector, "已逾期");
        long mine = count(collector, "我的待办");
        Date yesterday = new Date(System.currentTimeMillis() - 86_400_000L);
        Date nextWeek = new Date(System.currentTimeMillis() + 7 * 86_400_000L);
        runtime.startProcessInstanceByKey("FilterProbe", Map.of("townshipCode", "341723200", "group", "village-341723200201", "due", yesterday));
        runtime.startProcessInstanceByKey("FilterProbe", Map.of("townshipCode", "341723200", "group", "village-341723200201", "due", nextWeek));
        runtime.startProcessInstanceByKey("FilterProbe", Map.of("townshipCode", "341723200", "group", "village-341723200202", "due", yesterday));

        assertThat(count(collector, "本村待办")).isEqualTo(village + 2);
        assertThat(count(collector, "已逾期")).isEqualTo(overdue + 1);
        assertThat(count(collector, "我的待办")).isEqualTo(mine);

        String task = tasks.createTaskQuery().processDefinitionKey("FilterProbe").taskCandidateGroup("village-341723200201")
                .dueAfter(new Date()).singleResult().getId();
        assertThat(collector.postJson("/engine-rest/task/" + task + "/claim", "{\"userId\": \"lingtang-collector\"}").statusCode())
                .isEqualTo(204);
        assertThat(count(collector, "我的待办")).isEqualTo(mine + 1);
        assertThat(count(collector, "本村待办")).as("claimed tasks stay in the village list").isEqualTo(village + 2);
    }

    @Test
    void theListShowsTheCaseTitleAndFiltersFromBeforeTheCaseSummaryAreUpdatedUnlessEdited() {
        Filter village = filters.createFilterQuery().filterName(TasklistFilters.VILLAGE).singleResult();
        Filter township = filters.createFilterQuery().filterName(TasklistFilters.TOWNSHIP).singleResult();
        assertThat(village.getProperties().get("variables")).isEqualTo(TasklistFilters.LIST_VARIABLES);
        List<Map<String, String>> edited = List.of(Map.of("name", "caseNumber", "label", "编号"));
        try {
            // as an installation before issue 15 has them: one untouched, one edited by an administrator
            village.getProperties().put("variables", TasklistFilters.BEFORE_CASE_SUMMARY);
            filters.saveFilter(village);
            township.getProperties().put("variables", edited);
            filters.saveFilter(township);

            filterRunner.createAll();

            assertThat(filters.getFilter(village.getId()).getProperties().get("variables"))
                    .as("the name and village are in the case summary now: the title takes their place")
                    .isEqualTo(TasklistFilters.LIST_VARIABLES);
            assertThat(filters.getFilter(township.getId()).getProperties().get("variables")).as("an edit is kept")
                    .isEqualTo(edited);

            // as an installation between issues 15 and 16 has it: the provisional due date's note joins
            village.getProperties().put("variables", TasklistFilters.BEFORE_DUE_DATE_NOTE);
            filters.saveFilter(filters.getFilter(village.getId()).setProperties(village.getProperties()));
            filterRunner.createAll();
            assertThat(filters.getFilter(village.getId()).getProperties().get("variables"))
                    .isEqualTo(TasklistFilters.LIST_VARIABLES).asList().first()
                    .isEqualTo(java.util.Map.of("name", "dueDateNote", "label", "期限说明"));
        } finally {
            Filter restore = filters.getFilter(township.getId());
            restore.getProperties().put("variables", TasklistFilters.LIST_VARIABLES);
            filters.saveFilter(restore);
        }
    }

    private List<String> filterNames(String user) throws Exception {
        JsonNode filters = json.readTree(Http.basic(port, user, "demo").get("/engine-rest/filter?sortBy=name&sortOrder=asc").body());
        List<JsonNode> sorted = new ArrayList<>();
        filters.forEach(sorted::add);
        sorted.sort((a, b) -> Integer.compare(a.get("properties").get("priority").asInt(), b.get("properties").get("priority").asInt()));
        return sorted.stream().map(f -> f.get("name").asText()).toList();
    }

    private long count(Http http, String filterName) throws Exception {
        JsonNode filters = json.readTree(http.get("/engine-rest/filter").body());
        for (JsonNode filter : filters) {
            if (filter.get("name").asText().equals(filterName)) {
                return json.readTree(http.get("/engine-rest/filter/" + filter.get("id").asText() + "/count").body())
                        .get("count").asLong();
            }
        }
        throw new AssertionError("filter not visible: " + filterName);
    }
}
