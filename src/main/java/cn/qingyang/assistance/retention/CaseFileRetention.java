package cn.qingyang.assistance.retention;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes expired case files from our tables ({@code qingyang.retention.*}, docs/retention.md):
 * a closed case whose household left our care more than {@code case-file} ago loses every row of
 * its file, its household and persons once nothing kept refers to them, and keeps one
 * de-personalised catalogue row. The engine's history of the case (the case's process instances,
 * their called processes and follow-ups, by business key = case number) is given the same removal
 * time, so the engine's own history cleanup removes it in its next window.
 * <p>
 * Batched ({@code batch-size} cases per transaction), each case locked on its own row and checked
 * again under the lock: a run on a second node at the same time waits for the first and then finds
 * nothing left to do, and a run repeated after a crash continues where the first stopped.
 */
@Component
public class CaseFileRetention {

    private static final Logger log = LoggerFactory.getLogger(CaseFileRetention.class);

    /** What one run removed. */
    public record Run(int cases, Map<String, Integer> rowsPerTable, int instancesGivenRemovalTime) {

        public int rows() {
            return rowsPerTable.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final CaseFileRetentionRepository repository;
    private final RetentionProperties properties;
    private final TransactionTemplate transaction;
    private final HistoryService history;
    private final Clock clock;

    CaseFileRetention(CaseFileRetentionRepository repository, RetentionProperties properties,
                      TransactionTemplate transaction, HistoryService history, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.transaction = transaction;
        this.history = history;
        this.clock = clock;
    }

    @Scheduled(cron = "${qingyang.retention.cleanup-cron:0 15 2 * * *}", zone = "${qingyang.time-zone}")
    public void scheduled() {
        removeExpired(OffsetDateTime.now(clock));
    }

    /** Removes every case file expired at {@code now} (closed before {@code now - case-file}). */
    public Run removeExpired(OffsetDateTime now) {
        OffsetDateTime cutoff = now.minus(properties.caseFile());
        Map<String, Integer> rows = new TreeMap<>();
        int cases = 0;
        int instances = 0;
        List<Long> batch;
        List<Long> skipped = new ArrayList<>();
        while (!(batch = repository.expiredCaseIds(cutoff, properties.batchSize() + skipped.size())).isEmpty()) {
            batch = batch.stream().filter(id -> !skipped.contains(id)).limit(properties.batchSize()).toList();
            if (batch.isEmpty()) {
                break;
            }
            List<Long> ids = batch;
            List<String> caseNumbers = new ArrayList<>();
            transaction.executeWithoutResult(status -> {
                for (long id : ids) {
                    repository.lockIfExpired(id, cutoff).ifPresentOrElse(expired -> {
                        repository.remove(expired, now).forEach((table, n) -> rows.merge(table, n, Integer::sum));
                        caseNumbers.add(expired.caseNumber());
                    }, () -> skipped.add(id));
                }
            });
            cases += caseNumbers.size();
            instances += expireHistory(caseNumbers, now);
        }
        Run run = new Run(cases, rows, instances);
        if (cases > 0) {
            log.info("档案保存期限：删除 {} 件超过保存期限（{}）的案件档案，共 {} 行，{} 个流程实例历史随之到期 / case-file retention: "
                            + "removed {} cases closed before {}, rows per table {}, engine history of {} process instances due now",
                    cases, properties.caseFile(), run.rows(), instances, cases, cutoff, rows, instances);
        }
        return run;
    }

    /**
     * The case's engine history (its instance, the processes it called, its follow-ups) is due for
     * removal now: the engine's history cleanup removes it in its next window. An asynchronous batch
     * of the engine; a failure shows as an incident in Cockpit.
     */
    private int expireHistory(List<String> caseNumbers, OffsetDateTime now) {
        if (caseNumbers.isEmpty()) {
            return 0;
        }
        HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyIn(caseNumbers.toArray(String[]::new));
        int found = (int) query.count();
        if (found > 0) {
            history.setRemovalTimeToHistoricProcessInstances().absoluteRemovalTime(Date.from(now.toInstant()))
                    .byQuery(query).hierarchical().executeAsync();
        }
        return found;
    }
}
