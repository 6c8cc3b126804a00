package cn.qingyang.assistance.crypto;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key rotation (docs/security-encryption.md): when the application starts with a new current
 * data key or index key and rows still carry an old one, they are re-encrypted in the background,
 * {@code qingyang.crypto.rotation-batch-size} rows per transaction, with a progress line in the log
 * after each batch. Changing a key means restarting with a new configuration anyway, so the start
 * is the trigger: nobody has to remember a second step, and no endpoint can start it by mistake.
 * A kill midway loses nothing (every row names its key, old and new rows are both readable); the
 * next start goes on where it stopped. Several nodes may run it at once: a row is only updated if
 * it still holds what was read.
 *
 * <p>A start is refused when stored values name a data key that is no longer configured (an old
 * key removed before its rotation finished): those rows could not be read.
 */
@Component
public class DataKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(DataKeyRotation.class);

    private final Reencryption reencryption;
    private final FieldCipher cipher;
    private final BlindIndex index;
    private final CryptoProperties properties;
    /** Only to run {@link Reencryption}, which works on a connection (as the Flyway upgrade does), in transactions. */
    private final JdbcTemplate connections;
    private final TransactionTemplate transaction;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "data-key-rotation");
        thread.setDaemon(true);
        return thread;
    });

    public DataKeyRotation(FieldCipher cipher, BlindIndex index, CryptoProperties properties, DataSource dataSource,
                           PlatformTransactionManager transactions) {
        this.reencryption = new Reencryption(cipher, index);
        this.cipher = cipher;
        this.index = index;
        this.properties = properties;
        this.connections = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void startIfNeeded() {
        refuseUnknownKeys();
        long pending = pending();
        if (pending > 0) {
            log.info("数据密钥轮换开始 / key rotation started: {} rows to re-encrypt", pending);
            worker.submit(this::runToEnd);
        }
    }

    /** Rows not yet entirely under the current keys, over every sealed table. */
    public long pending() {
        return connections.execute((ConnectionCallback<Long>) connection -> {
            long sum = 0;
            for (SealedTable table : SealedTable.values()) {
                sum += reencryption.pending(connection, table);
            }
            return sum;
        });
    }

    /** Re-encrypts rows batch by batch until none is left; the number of rows it changed. */
    public long runToEnd() {
        long done = 0;
        int idle = 0;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                int changed = runBatch();
                done += changed;
                long left = pending();
                if (left == 0) {
                    log.info("数据密钥轮换完成 / key rotation finished: {} rows re-encrypted", done);
                    return done;
                }
                log.info("数据密钥轮换进度 / key rotation progress: {} rows done, {} left", done, left);
                // no progress: rows changed under us by the application; they come up again
                if (changed == 0 && ++idle >= 3) {
                    log.warn("数据密钥轮换暂停 / key rotation paused: {} rows changed concurrently, the next start goes on", left);
                    return done;
                }
            }
        } catch (RuntimeException e) {
            log.warn("数据密钥轮换中止 / key rotation stopped after {} rows: {}", done, e.getMessage());
        }
        return done;
    }

    /** One batch per table, each in its own transaction; the number of rows changed. */
    public int runBatch() {
        int changed = 0;
        for (SealedTable table : SealedTable.values()) {
            Integer n = transaction.execute(status -> connections.execute((ConnectionCallback<Integer>) connection ->
                    reencryption.batch(connection, table, properties.rotationBatchSize())));
            changed += n == null ? 0 : n;
        }
        return changed;
    }

    private void refuseUnknownKeys() {
        List<String> dataKeys = cipher.keyIds().stream().map(id -> FieldCipher.VERSION + ":" + id + ":").toList();
        List<String> indexKeys = index.keyIds().stream().map(id -> id + ":").toList();
        connections.execute((ConnectionCallback<Void>) connection -> {
            for (SealedTable table : SealedTable.values()) {
                for (String column : table.columns) {
                    long unknown = reencryption.underOtherKeys(connection, table.table, column, dataKeys);
                    if (unknown > 0) {
                        throw new DataKeyException(table.table + "." + column + " 中有 " + unknown
                                + " 行数据所用的密钥未配置（或未加密）：请把加密它们的旧密钥加回 qingyang.crypto.data-keys，"
                                + "待轮换完成（日志“数据密钥轮换完成”）后再删除。");
                    }
                }
            }
            long unknown = reencryption.underOtherKeys(connection, SealedTable.PERSON.table, SealedTable.INDEX_COLUMN,
                    indexKeys);
            if (unknown > 0) {
                throw new DataKeyException("person." + SealedTable.INDEX_COLUMN + " 中有 " + unknown
                        + " 行检索索引所用的密钥未配置：请把旧索引密钥加回 qingyang.crypto.index-keys，"
                        + "待轮换完成（日志“数据密钥轮换完成”）后再删除；否则同一人会被重复建档。");
            }
            return null;
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
