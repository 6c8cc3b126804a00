package cn.qingyang.assistance.retention;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long our tables keep a closed case's file ({@code qingyang.retention.*}, docs/retention.md).
 *
 * @param caseFile    how long a case file is kept after the case closed and its household left
 *                    assistance (ISO 8601 period). The default, {@code P3650D}, is the diagrams'
 *                    {@code camunda:historyTimeToLive="3650"}, so the engine's history of a case
 *                    and our rows of it expire together ({@code RetentionAgreesWithHistoryTest}
 *                    fails when they drift). Less than five years is refused at start: the
 *                    minimum the archive rules set for 日常管理类 low-income files.
 * @param cleanupCron when the retention run looks for expired case files (Spring cron, county time)
 * @param batchSize   cases removed per transaction; each case is also locked on its own row
 */
@ConfigurationProperties("qingyang.retention")
public record RetentionProperties(@DefaultValue("P3650D") Period caseFile,
                                  @DefaultValue("0 15 2 * * *") String cleanupCron,
                                  @DefaultValue("100") int batchSize) {

    /** 民政部办公厅 国家档案局办公室《关于加强最低生活保障档案管理的通知》: 日常管理类 不少于5年. */
    public static final Period MINIMUM = Period.ofYears(5);

    public RetentionProperties {
        if (approximateDays(caseFile) < approximateDays(MINIMUM)) {
            throw new IllegalArgumentException("qingyang.retention.case-file = " + caseFile
                    + "：社会救助档案至少保存五年（最低生活保障日常管理类档案不少于5年，审批类停保后不少于3年），"
                    + "请设为 P5Y 或更长（默认 P3650D，与流程历史保存期限 historyTimeToLive 一致）。");
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("qingyang.retention.batch-size = " + batchSize
                    + "：每批删除的案件数应在 1 到 10000 之间。");
        }
    }

    /** Days of a period counting 365 per year and 30 per month: for comparisons, not for dates. */
    public static long approximateDays(Period period) {
        return period.getYears() * 365L + period.getMonths() * 30L + period.getDays();
    }
}
