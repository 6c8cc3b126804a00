package cn.qingyang.assistance.intake.roster;

import cn.qingyang.assistance.security.CallerScope;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Large rosters imported in the background by a single worker, one roster after another (imports
 * of the same township never compete for its case numbers), under the uploader's identity;
 * progress is written to {@code roster_import} every {@value RosterImporter#PROGRESS_EVERY} rows.
 * An import still running when the server stopped is marked failed at the next start; uploading
 * the same file again registers the rest (the rows registered before are recognised).
 */
@Component
class RosterImportWorker implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RosterImportWorker.class);

    private final RosterImporter importer;
    private final RosterImportRepository imports;
    private final IdentityService identity;
    private final ExecutorService worker;

    RosterImportWorker(RosterImporter importer, RosterImportRepository imports, IdentityService identity) {
        this.importer = importer;
        this.imports = imports;
        this.identity = identity;
        AtomicInteger threads = new AtomicInteger();
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(20), task -> {
            Thread thread = new Thread(task, "roster-import-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * An import still RUNNING when the server stopped will never finish: say so, before the web
     * server takes its first request (so nobody polls a dead import as running).
     */
    @Override
    public void afterSingletonsInstantiated() {
        int abandoned = imports.failAbandoned("导入因服务器重启而中断：已登记的行不会重复登记，请重新上传同一文件完成剩余部分。");
        if (abandoned > 0) {
            log.warn("{} roster import(s) interrupted by a restart marked FAILED", abandoned);
        }
    }

    /** Queues the import; the view of the import just started. */
    RosterImportView start(RosterFile file, ImportMode mode, CallerScope caller, Authentication authentication) {
        String id = UUID.randomUUID().toString();
        int total = file.rows().size();
        imports.insert(id, caller.userId(), file.sha256(), mode, total);
        try {
            worker.execute(() -> run(id, file, mode, caller, authentication));
        } catch (RejectedExecutionException e) {
            imports.finish(id, RosterImportView.FAILED, 0, new RosterResult(0, 0,
                    List.of(new RowError(null, "导入任务排队过多，未开始导入。")), true));
            throw new RosterException(HttpStatus.SERVICE_UNAVAILABLE, RosterException.BUSY,
                    "当前排队的花名册导入任务过多，请稍后再上传。", null);
        }
        log.info("roster import {} started by {}: {} rows ({}), mode {}", id, caller.userId(), total, file.format(),
                mode.code());
        return new RosterImportView(id, RosterImportView.RUNNING, 0, total, null, null, null);
    }

    private void run(String id, RosterFile file, ImportMode mode, CallerScope caller, Authentication authentication) {
        identity.setAuthentication(authentication);
        int total = file.rows().size();
        try {
            RosterResult result = importer.importRows(file, mode, caller,
                    (processed, imported, duplicates, errors) -> imports.progress(id, processed, imported, duplicates, errors));
            imports.finish(id, result.refused() ? RosterImportView.FAILED : RosterImportView.DONE, total, result);
            log.info("roster import {} finished: {} imported, {} duplicates, {} errors", id, result.imported(),
                    result.duplicates(), result.errors().size());
        } catch (RuntimeException | Error e) {
            log.error("roster import {} failed", id, e);
            imports.finish(id, RosterImportView.FAILED, 0, new RosterResult(0, 0, List.of(new RowError(null,
                    "导入过程中发生系统错误，已中断：已登记的行不会重复登记，请稍后重新上传同一文件；如持续出现请联系系统管理员。")), true));
        } finally {
            identity.clearAuthentication();
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }
}
