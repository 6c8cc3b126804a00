package cn.qingyang.assistance.cluster;

import cn.qingyang.assistance.AppProcess;
import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A batch of approved 临时救助 whose async jobs (payment recorded, finance system told, SMS sent:
 * three per case) are held until released to the nodes' job executors at once. Shared by the
 * cluster test and the two-node benchmark (P6).
 */
public final class ClusterWorkload {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Async jobs each approved case runs. */
    public static final int JOBS_PER_CASE = 3;

    private final String[] db;

    public ClusterWorkload(String[] db) {
        this.db = db;
    }

    public long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db[0], db[1], db[2]);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The application on PostgreSQL as a cluster node named {@code name}, with extra arguments. */
    public AppProcess node(String name, java.nio.file.Path dir, String... extra) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo,postgres",
                "--spring.datasource.url=" + db[0], "--spring.datasource.username=" + db[1],
                "--spring.datasource.password=" + db[2], "--camunda.bpm.generic-properties.properties.hostname=" + name));
        arguments.addAll(List.of(extra));
        return AppProcess.start(AppProcess.freePort(), dir.resolve(name + ".log"), arguments.toArray(String[]::new));
    }

    /** Holds (or releases) every job of TemporaryAssistance, present and future, through the REST API. */
    public static void holdJobs(Http admin, boolean held) throws Exception {
        var response = admin.send(admin.request("/engine-rest/job-definition/suspended").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                        "processDefinitionKey", "TemporaryAssistance", "suspended", held, "includeJobs", true)))));
        if (response.statusCode() != 204) {
            throw new IllegalStateException("holding jobs: " + response.statusCode() + " " + response.body());
        }
    }

    /**
     * Registers {@code cases} reports through the API (alternating between the nodes), starts
     * 临时救助 for each and approves it in the township's task: their jobs wait, held.
     */
    public List<String> approveCases(List<AppProcess> nodes, int cases) throws Exception {
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            AppProcess node = nodes.get(i % nodes.size());
            Http admin = Http.basic(node.port(), "admin", "demo");
            String idNumber = TestIdNumbers.withCheckDigit("341723" + (19500101 + (i / 28) % 12 * 100 + i % 28)
                    + String.format("%03d", 100 + i / 336));
            var reported = admin.postJson("/api/reports", JSON.writeValueAsString(Map.of(
                    "channel", "walk_in", "townshipCode", "341723200", "villageCode", "341723200201",
                    "person", Map.of("name", "集群测试", "idNumber", idNumber, "phone", "13900000000"),
                    "description", "集群测试", "urgent", false, "relatedToStaff", false)));
            if (reported.statusCode() != 201 && reported.statusCode() != 200) {
                throw new IllegalStateException("report " + i + ": " + reported.statusCode() + " " + reported.body());
            }
            String caseNumber = JSON.readTree(reported.body()).get("caseNumber").asText();
            long caseId = count("SELECT id FROM discovery_case WHERE case_number = '" + caseNumber + "'");
            JsonNode started = JSON.readTree(admin.postJson("/engine-rest/process-definition/key/TemporaryAssistance/start",
                    JSON.writeValueAsString(Map.of("businessKey", caseNumber, "variables", Map.of(
                            "caseId", Map.of("value", caseId, "type", "Long"), "caseNumber", Map.of("value", caseNumber),
                            "townshipCode", Map.of("value", "341723200"), "townshipName", Map.of("value", "乔木乡"),
                            "townshipAidCap", Map.of("value", 8100.0, "type", "Double"))))).body());
            instances.add(started.get("id").asText());
            String task = JSON.readTree(admin.get("/engine-rest/task?processInstanceId=" + started.get("id").asText())
                    .body()).get(0).get("id").asText();
            var done = admin.postJson("/engine-rest/task/" + task + "/complete", JSON.writeValueAsString(Map.of("variables",
                    Map.of("temporaryAmount", Map.of("value", 500.0, "type", "Double"),
                            "temporaryReason", Map.of("value", "突发困难"),
                            "townshipTemporaryDecision", Map.of("value", "APPROVED"),
                            "townshipTemporaryOpinion", Map.of("value", "同意")))));
            if (done.statusCode() != 204) {
                throw new IllegalStateException("approval " + i + ": " + done.statusCode() + " " + done.body());
            }
        }
        return instances;
    }

    /** Successful job executions of the batch so far (the job log, written by whichever node ran the job). */
    public long successfulJobs() throws Exception {
        return count("SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2 AND process_def_key_ = 'TemporaryAssistance'");
    }
}
