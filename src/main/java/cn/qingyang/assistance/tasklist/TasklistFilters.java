package cn.qingyang.assistance.tasklist;

import cn.qingyang.assistance.common.StartupOrder;
import cn.qingyang.assistance.deadlines.DueDateNotes;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess;
import cn.qingyang.assistance.organisation.OrgLevel;
import cn.qingyang.assistance.organisation.OrgUnitRepository;
import cn.qingyang.assistance.organisation.OrganisationGroups;
import cn.qingyang.assistance.security.Grants;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tasklist filters per role, created once (an administrator may then edit them in Tasklist; a
 * later start does not overwrite the edit) and shown to the groups they serve: 我的待办 and 已逾期
 * to everyone, 本村待办 to village teams, 本乡镇待办 to township teams, 本部门待办 to departments,
 * 县局待办 to the county. Each task shows its 期限说明 (a provisional due date's note, issue 16), case
 * number and title. Task visibility itself stays with the engine's authorizations.
 */
@Component
@Order(StartupOrder.FILTERS)
class TasklistFilters implements ApplicationRunner {

    public static final String MINE = "我的待办";
    public static final String VILLAGE = "本村待办";
    public static final String TOWNSHIP = "本乡镇待办";
    public static final String DEPARTMENT = "本部门待办";
    public static final String COUNTY = "县局待办";
    public static final String OVERDUE = "已逾期";

    /**
     * Shown under each task in the list: which case, whom it is about and where (姓名（村）: the
     * list cannot show a field of the Json case summary, so the case carries this title).
     */
    static final List<Map<String, String>> LIST_VARIABLES = List.of(
            Map.of("name", DueDateNotes.VARIABLE, "label", DueDateNotes.LABEL),
            Map.of("name", DiscoveryCaseProcess.CASE_NUMBER, "label", "案件编号"),
            Map.of("name", DiscoveryCaseProcess.CASE_TITLE, "label", "当事人"));
    /** What the filters showed from issue 15 until issue 16 added the provisional due date's note (期限说明). */
    static final List<Map<String, String>> BEFORE_DUE_DATE_NOTE = List.of(
            Map.of("name", DiscoveryCaseProcess.CASE_NUMBER, "label", "案件编号"),
            Map.of("name", DiscoveryCaseProcess.CASE_TITLE, "label", "当事人"));
    /** What the filters showed before issue 15, when the name and village were variables of their own. */
    static final List<Map<String, String>> BEFORE_CASE_SUMMARY = List.of(
            Map.of("name", DiscoveryCaseProcess.CASE_NUMBER, "label", "案件编号"),
            Map.of("name", "personName", "label", "姓名"),
            Map.of("name", "villageName", "label", "村（社区）"));

    private static final String CURRENT_USER = "${currentUser()}";
    private static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";

    private final FilterService filters;
    private final TaskService tasks;
    private final Grants grants;
    private final OrgUnitRepository orgUnits;
    private final TransactionTemplate transaction;

    public TasklistFilters(FilterService filters, TaskService tasks, Grants grants, OrgUnitRepository orgUnits,
                           TransactionTemplate transaction) {
        this.filters = filters;
        this.tasks = tasks;
        this.grants = grants;
        this.orgUnits = orgUnits;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> createAll());
    }

    void createAll() {
        Filter mine = ensure(MINE, -20, "由我办理的任务", q -> q.taskAssigneeExpression(CURRENT_USER));
        grants.toEveryone(Resources.FILTER, mine.getId(), Permissions.READ);

        Filter village = ensure(VILLAGE, -10, "派给本村信息采集组的任务（含已认领）", TasklistFilters::offeredToMyGroups);
        orgUnits.findActive(OrgLevel.VILLAGE).forEach(v ->
                grants.toGroup(OrganisationGroups.village(v.code()), Resources.FILTER, village.getId(), Permissions.READ));

        Filter township = ensure(TOWNSHIP, -10, "派给本乡镇工作小组的任务（含已认领）", TasklistFilters::offeredToMyGroups);
        orgUnits.findActive(OrgLevel.TOWNSHIP).forEach(t -> {
            grants.toGroup(OrganisationGroups.township(t.code()), Resources.FILTER, township.getId(), Permissions.READ);
            grants.toGroup(OrganisationGroups.townshipLeader(t.code()), Resources.FILTER, township.getId(), Permissions.READ);
        });

        Filter department = ensure(DEPARTMENT, -10, "转介给本部门的任务（含已认领）", TasklistFilters::offeredToMyGroups);
        OrganisationGroups.DEPARTMENTS.keySet().forEach(d ->
                grants.toGroup(d, Resources.FILTER, department.getId(), Permissions.READ));

        Filter county = ensure(COUNTY, -10, "派给县民政局的任务（含已认领）", TasklistFilters::offeredToMyGroups);
        grants.toGroup(OrganisationGroups.COUNTY, Resources.FILTER, county.getId(), Permissions.READ);

        Filter overdue = ensure(OVERDUE, 0, "已过到期日期仍未办结的任务", q -> q.dueBeforeExpression("${now()}"));
        grants.toEveryone(Resources.FILTER, overdue.getId(), Permissions.READ);
    }

    private static void offeredToMyGroups(TaskQuery query) {
        query.taskCandidateGroupInExpression(CURRENT_USER_GROUPS).includeAssignedTasks();
    }

    private Filter ensure(String name, int priority, String description, Consumer<TaskQuery> criteria) {
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            Object shown = existing.getProperties().get("variables");
            if (BEFORE_CASE_SUMMARY.equals(shown) || BEFORE_DUE_DATE_NOTE.equals(shown)) {
                // created before issue 15 and not edited since: the name and village are now in the
                // case summary, which a filter cannot show; the title takes their place. Created
                // before issue 16: the provisional due date's note (期限说明) joins the list.
                existing.getProperties().put("variables", LIST_VARIABLES);
                return filters.saveFilter(existing);
            }
            return existing;
        }
        TaskQuery query = tasks.createTaskQuery();
        criteria.accept(query);
        query.orderByDueDate().asc();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("description", description);
        properties.put("refresh", true);
        properties.put("variables", LIST_VARIABLES);
        Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
        return filters.saveFilter(filter);
    }
}
