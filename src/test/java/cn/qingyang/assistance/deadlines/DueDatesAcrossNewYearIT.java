package cn.qingyang.assistance.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.calendar.HolidayArrangement;
import cn.qingyang.assistance.calendar.HolidayArrangementChanged;
import cn.qingyang.assistance.calendar.StatutoryHolidays;
import cn.qingyang.assistance.calendar.WorkingDayCalendar;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess.DiscoveryCase;
import cn.qingyang.assistance.ledger.FollowUpProcess;
import cn.qingyang.assistance.ledger.FollowUpProcess.FollowUpVisits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 16, done when: a report on 2027-12-28, with 2028's arrangement not yet published, opens a
 * case whose due date in January 2028 is provisional (marked); entering 2028 afterwards (an
 * ILLUSTRATIVE arrangement, {@link Illustrative2028}: the real notice does not exist yet) moves the
 * open due dates and a pending follow-up timer across 元旦 and 春节 as computed here by hand, clears
 * the marks, and records the moves, which the county lists.
 *
 * <p>Two ways in: {@link #uploadingTheYearMovesTheOpenDueDates} through the
 * template and {@code POST /api/calendar/years/{year}/file}, as an administrator uploads it, and
 * {@link #theChangeEventMovesTheOpenDueDates}, its twin, which publishes
 * {@link HolidayArrangementChanged} itself in a transaction and stores nothing, so the other cases
 * here can see 2028 unentered.
 */
@IntegrationTest
class DueDatesAcrossNewYearIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final AtomicLong CHANGE_IDS = new AtomicLong(9_000_000);
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    WorkingDayCalendar workingDays;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    FilterService filters;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void realTimeAgain() {
        ClockUtil.reset();
    }

    static Date beijing(int year, int month, int day, int hour, int minute, int second) {
        return Date.from(LocalDateTime.of(year, month, day, hour, minute, second).atZone(BEIJING).toInstant());
    }

    static Date endOf(int year, int month, int day) {
        return beijing(year, month, day, 23, 59, 59);
    }

    /** What the test opens before 2028 is entered. */
    record Opened(String caseNumber, Task visit, Task countyVisit, ProcessInstance followUp, Task followUpVisit, Job overdue) {
    }

    @Test
    void theChangeEventMovesTheOpenDueDates() throws Exception {
        Opened opened = openOnDecember28AndJanuary20();
        long changeId = CHANGE_IDS.incrementAndGet();
        // what the calendar-admin's PUT does in its transaction: store the year, publish the change
        transaction.executeWithoutResult(status -> events.publishEvent(new HolidayArrangementChanged(changeId, 2028,
                workingDays.snapshot(), workingDays.with(Illustrative2028.arrangement()), "admin", ClockUtil.getCurrentTime().toInstant())));
        assertMoved(opened, changeId);
    }

    @Test
    void uploadingTheYearMovesTheOpenDueDates() throws Exception {
        Http admin = Http.basic(port, "admin", "demo");
        try {
            // 2027 as published: its statutory days (the test does not depend on its 调休)
            assertThat(put(admin, 2027, new StatutoryHolidays().dates(2027), List.of()).statusCode()).isEqualTo(200);

            Opened opened = openOnDecember28AndJanuary20();
            assertThat(note(opened.visit())).as("31 December 2027 is in a published year").isNull();

            // 2028 uploaded as the county would: the template (its statutory days), filled in, sent back as a file
            HttpResponse<String> template = admin.get("/api/calendar/template.csv?year=2028");
            assertThat(template.statusCode()).isEqualTo(200);
            StringBuilder filled = new StringBuilder(template.body());
            Illustrative2028.holidays().stream().sorted()
                    .filter(day -> !template.body().contains(day + ",放假"))
                    .forEach(day -> filled.append(day).append(",放假,示例\r\n"));
            Illustrative2028.MAKE_UP_SATURDAYS.stream().sorted()
                    .forEach(day -> filled.append(day).append(",上班,示例\r\n"));
            HttpResponse<String> entered = admin.upload("/api/calendar/years/2028/file", "2028年节假日安排（示例）.csv",
                    filled.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    Map.of("source", "示例安排（测试用，非国务院办公厅通知）"));
            assertThat(entered.statusCode()).as(entered.body()).isEqualTo(200);
            JsonNode answer = JSON.readTree(entered.body());
            assertThat(answer.get("year").asInt()).isEqualTo(2028);
            assertMoved(opened, answer.get("changeId").asLong());
        } finally {
            forgetEnteredYears(2027, 2028);
        }
    }

    /**
     * The test database is shared by every integration test, and there is no way to withdraw a year
     * once entered (a county corrects it instead): take the illustrative years out again, and move
     * the version on so every node's cache lets them go.
     */
    private void forgetEnteredYears(int... years) {
        for (int year : years) {
            jdbc.update("DELETE FROM holiday_arrangement WHERE arrangement_year = ?", year);
        }
        jdbc.update("UPDATE holiday_arrangement_version SET serial = serial + 1, token = ? WHERE id = 1",
                java.util.UUID.randomUUID().toString());
        assertThat(workingDays.isProvisional(LocalDate.of(2028, 1, 11))).as("2028 withdrawn after the test").isTrue();
    }

    @Test
    void aChangeRolledBackMovesNothing() throws Exception {
        Opened opened = openOnDecember28AndJanuary20();
        long changeId = CHANGE_IDS.incrementAndGet();
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new HolidayArrangementChanged(changeId, 2028, workingDays.snapshot(),
                    workingDays.with(Illustrative2028.arrangement()), "admin", ClockUtil.getCurrentTime().toInstant()));
            status.setRollbackOnly();
        });
        assertThat(tasks.createTaskQuery().taskId(opened.countyVisit().getId()).singleResult().getDueDate()).isEqualTo(endOf(2028, 1, 11));
        assertThat(note(opened.countyVisit())).isNotNull();
        assertThat(management.createJobQuery().jobId(opened.overdue().getId()).singleResult().getDuedate()).isEqualTo(endOf(2028, 2, 2));
        assertThat(moves(Http.basic(port, "county-supervisor", "demo"), changeId).get("count").asInt()).isZero();
    }

    @Test
    void aYearEnteredAsItWasCountedMovesNothingButTheMarksGo() throws Exception {
        Opened opened = openOnDecember28AndJanuary20();
        long changeId = CHANGE_IDS.incrementAndGet();
        // 2028 published with its statutory days alone: every date stays, none is provisional any more
        HolidayArrangement asCounted = HolidayArrangement.of(2028, new StatutoryHolidays().dates(2028), List.of());
        transaction.executeWithoutResult(status -> events.publishEvent(new HolidayArrangementChanged(changeId, 2028,
                workingDays.snapshot(), workingDays.with(asCounted), "admin", ClockUtil.getCurrentTime().toInstant())));
        assertThat(reread(opened.countyVisit()).getDueDate()).isEqualTo(endOf(2028, 1, 11));
        assertThat(reread(opened.followUpVisit()).getDueDate()).isEqualTo(endOf(2028, 2, 2));
        assertThat(note(opened.countyVisit())).isNull();
        assertThat(note(opened.followUpVisit())).isNull();
        assertThat(moves(Http.basic(port, "admin", "demo"), changeId).get("count").asInt()).isZero();
    }

    @Test
    void aDueDateAPersonMovesIntoAPublishedYearLosesItsMark() throws Exception {
        ClockUtil.setCurrentTime(beijing(2027, 12, 28, 10, 0, 0));
        ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(DiscoveryCaseProcess.PROCESS_KEY)
                .processInstanceBusinessKey(report()).singleResult();
        Task countyVisit = task(pi, DiscoveryCase.TASK_COUNTY_HOME_VISIT);
        assertThat(note(countyVisit)).isEqualTo(DueDateNotes.provisional(2028));
        countyVisit.setPriority(60);
        tasks.saveTask(countyVisit);
        assertThat(note(countyVisit)).as("another change keeps it").isEqualTo(DueDateNotes.provisional(2028));
        Task again = reread(countyVisit);
        again.setDueDate(endOf(2026, 12, 30));
        tasks.saveTask(again);
        assertThat(note(again)).as("2026 is published").isNull();
    }

    private static HttpResponse<String> put(Http admin, int year, Collection<LocalDate> holidays, Collection<LocalDate> workdays)
            throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("holidays", holidays.stream().sorted().map(LocalDate::toString).toList());
        body.put("workdays", workdays.stream().sorted().map(LocalDate::toString).toList());
        body.put("source", "示例安排（测试用，非国务院办公厅通知）");
        return admin.send(admin.request("/api/calendar/years/" + year).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /**
     * On Tuesday 28 December 2027 (2028 not entered) a village collector reports a person related to
     * staff: the township's visit is due on Friday 31 December (3 working days), the county's visit
     * 10 working days on, on Tuesday 11 January 2028 (29-31 Dec, 3-7 and 10-11 Jan), provisional. On
     * Thursday 20 January 2028 a follow-up visit of that case falls due: 5 working days, Wednesday 2
     * February provisionally (21, 24, 31 Jan, 1-2 Feb: 25-28 January are 春节's statutory days), and
     * its overdue timer with it.
     */
    private Opened openOnDecember28AndJanuary20() throws Exception {
        ClockUtil.setCurrentTime(beijing(2027, 12, 28, 10, 0, 0));
        assertThat(workingDays.isProvisional(LocalDate.of(2028, 1, 11))).as("2028 is not entered before the test").isTrue();
        String caseNumber = report();
        ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(DiscoveryCaseProcess.PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
        Task visit = task(pi, DiscoveryCase.TASK_VISIT_HOUSEHOLD);
        Task countyVisit = task(pi, DiscoveryCase.TASK_COUNTY_HOME_VISIT);
        assertThat(visit.getDueDate()).isEqualTo(endOf(2027, 12, 31));
        assertThat(countyVisit.getDueDate()).isEqualTo(endOf(2028, 1, 11));
        assertThat(note(countyVisit)).isEqualTo(DueDateNotes.provisional(2028));
        assertThat(DueDateNotes.provisional(2028)).contains("暂定", "2028 年节假日安排尚未发布");
        assertThat(countyList(caseNumber)).as("Tasklist's 县局待办 shows the note (期限说明)")
                .contains("\"dueDateNote\"", DueDateNotes.provisional(2028));

        // three weeks on, 2028 still not entered, the case's follow-up visit falls due
        ClockUtil.setCurrentTime(beijing(2028, 1, 20, 9, 30, 0));
        Map<String, Object> variables = new HashMap<>();
        for (String name : List.of(DiscoveryCaseProcess.CASE_NUMBER, DiscoveryCaseProcess.TOWNSHIP_CODE,
                DiscoveryCaseProcess.VILLAGE_CODE, DiscoveryCaseProcess.CASE_SUMMARY, DiscoveryCaseProcess.CASE_TITLE)) {
            variables.put(name, runtime.getVariable(pi.getId(), name));
        }
        variables.put(FollowUpProcess.LEDGER_ENTRY_ID, -1L);
        variables.put(FollowUpProcess.NEXT_FOLLOW_UP_AT, beijing(2028, 1, 20, 9, 0, 0));
        variables.put(FollowUpProcess.FOLLOW_UP_COUNT, 0);
        variables.put(FollowUpProcess.FOLLOW_UP_ONCE, false);
        ProcessInstance followUp = runtime.startProcessInstanceByKey(FollowUpProcess.PROCESS_KEY, caseNumber, variables);
        Job due = management.createJobQuery().processInstanceId(followUp.getId()).activityId(FollowUpVisits.INTERMEDIATE_EVENT_FOLLOW_UP_DUE)
                .singleResult();
        management.executeJob(due.getId());
        Task followUpVisit = task(followUp, FollowUpVisits.TASK_FOLLOW_UP_VISIT);
        Job overdue = management.createJobQuery().processInstanceId(followUp.getId())
                .activityId(FollowUpVisits.BOUNDARY_EVENT_FOLLOW_UP_OVERDUE).singleResult();
        assertThat(followUpVisit.getDueDate()).isEqualTo(endOf(2028, 2, 2));
        assertThat(overdue.getDuedate()).isEqualTo(endOf(2028, 2, 2));
        assertThat(note(followUpVisit)).isEqualTo(DueDateNotes.provisional(2028));
        return new Opened(caseNumber, visit, countyVisit, followUp, followUpVisit, overdue);
    }

    /**
     * With 2028 entered: 3 January (元旦 in lieu) is off, so the county's visit is due on Wednesday
     * 12 January; the follow-up visit counts Friday 21 and Saturday 22 January (worked), then 1-3
     * February after the nine days off, so it and its overdue timer are due on Thursday 3 February;
     * the township's visit on 31 December does not move. The marks are gone, the moves recorded.
     */
    private void assertMoved(Opened opened, long changeId) throws Exception {
        assertThat(reread(opened.visit()).getDueDate()).isEqualTo(endOf(2027, 12, 31));
        Task countyVisit = reread(opened.countyVisit());
        assertThat(countyVisit.getDueDate()).isEqualTo(endOf(2028, 1, 12));
        assertThat(note(countyVisit)).isNull();
        assertThat(countyList(opened.caseNumber())).contains(opened.caseNumber()).doesNotContain("暂定");
        Task followUpVisit = reread(opened.followUpVisit());
        assertThat(followUpVisit.getDueDate()).isEqualTo(endOf(2028, 2, 3));
        assertThat(note(followUpVisit)).isNull();
        assertThat(management.createJobQuery().jobId(opened.overdue().getId()).singleResult().getDuedate())
                .isEqualTo(endOf(2028, 2, 3));
        assertThat(runtime.getVariable(followUpVisit.getExecutionId(), FollowUpProcess.VISIT_DUE_AT))
                .as("the escalation reads the date it came from").isEqualTo(endOf(2028, 2, 3));

        JsonNode listed = moves(Http.basic(port, "county-supervisor", "demo"), changeId);
        Map<String, JsonNode> mine = new HashMap<>();
        listed.get("moves").forEach(move -> {
            if (opened.caseNumber().equals(move.get("caseNumber").asText())) {
                mine.put(move.get("kind").asText() + " " + move.get("elementName").asText(), move);
            }
        });
        assertThat(mine.keySet()).containsExactlyInAnyOrder("TASK 县局入户核查", "TASK 定期回访", "TIMER 回访已逾期");
        assertThat(mine.values().stream().map(m -> m.get("oldDue").asText() + " → " + m.get("newDue").asText())
                .collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "2028-01-11T23:59:59+08:00 → 2028-01-12T23:59:59+08:00",
                "2028-02-02T23:59:59+08:00 → 2028-02-03T23:59:59+08:00");
        assertThat(mine.get("TASK 县局入户核查").get("itemId").asText()).isEqualTo(countyVisit.getId());
        assertThat(mine.get("TIMER 回访已逾期").get("itemId").asText()).isEqualTo(opened.overdue().getId());

        HttpResponse<String> township = Http.basic(port, "qiaomu-caseworker", "demo")
                .get("/api/calendar/changes/" + changeId + "/moves");
        assertThat(township.statusCode()).as("every township's tasks are listed: county level only").isEqualTo(403);
        assertThat(township.body()).doesNotContain(opened.caseNumber());
    }

    /** The county's Tasklist filter 县局待办, as Tasklist asks for it (HAL, with the list's variables), for one case. */
    private String countyList(String caseNumber) throws Exception {
        String filterId = filters.createFilterQuery().filterName("县局待办").singleResult().getId();
        Http county = Http.basic(port, "county-supervisor", "demo");
        HttpResponse<String> list = county.send(county.request("/engine-rest/filter/" + filterId + "/list")
                .header("Content-Type", "application/json").setHeader("Accept", "application/hal+json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"processInstanceBusinessKey\": \"" + caseNumber + "\"}")));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return list.body();
    }

    private JsonNode moves(Http caller, long changeId) throws Exception {
        HttpResponse<String> response = caller.get("/api/calendar/changes/" + changeId + "/moves");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private String report() throws Exception {
        String idNumber = TestIdNumbers.withCheckDigit("34172319580228" + String.format("%03d", CHANGE_IDS.incrementAndGet() % 1000));
        String body = "{\"channel\": \"village_sweep\", \"townshipCode\": \"341723200\", \"villageCode\": \"341723200201\","
                + " \"reporter\": \"张卫国\", \"person\": {\"name\": \"岁末上报\", \"idNumber\": \"" + idNumber + "\"},"
                + " \"description\": \"独居老人，年底无人照料\", \"urgent\": false, \"relatedToStaff\": true}";
        HttpResponse<String> response = Http.basic(port, "lingtang-collector", "demo").postJson("/api/reports", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("result").asText()).isEqualTo("OPENED");
        return answer.get("caseNumber").asText();
    }

    private Task task(ProcessInstance pi, String key) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    private Task reread(Task task) {
        return tasks.createTaskQuery().taskId(task.getId()).singleResult();
    }

    private Object note(Task task) {
        return tasks.getVariableLocal(task.getId(), DueDateNotes.VARIABLE);
    }

}
