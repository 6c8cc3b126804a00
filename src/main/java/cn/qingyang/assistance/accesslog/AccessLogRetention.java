package cn.qingyang.assistance.accesslog;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes access-log rows older than {@code qingyang.access-log.retention}, oldest first, and
 * moves the chain's anchor to the last removed row in the same transaction, so the rows kept still
 * verify. Nodes of a cluster take turns on the head row; the second finds nothing left to remove.
 */
@Component
class AccessLogRetention {

    private static final Logger log = LoggerFactory.getLogger(AccessLogRetention.class);

    private final AccessLogRepository repository;
    private final AccessLogProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public AccessLogRetention(AccessLogRepository repository, AccessLogProperties properties,
                              TransactionTemplate transaction, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${qingyang.access-log.cleanup-cron}", zone = "${qingyang.time-zone}")
    public void scheduled() {
        removeExpired();
    }

    /** @return the number of rows removed */
    public int removeExpired() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(properties.retention());
        Integer removed = transaction.execute(status -> {
            repository.lockHead();
            return repository.lastBefore(cutoff).map(last -> repository.removeThrough(last.seq(), last.rowHash())).orElse(0);
        });
        if (removed != null && removed > 0) {
            log.info("个人信息访问日志：删除 {} 条超过保存期限（{}）的记录 / access log: removed {} rows older than {}",
                    removed, properties.retention(), removed, cutoff);
        }
        return removed == null ? 0 : removed;
    }
}
