package cn.qingyang.assistance.accesslog;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The access log of personal data ({@code qingyang.access-log.*}).
 *
 * @param key         the HMAC key (base64, at least 32 bytes) that chains the rows: whoever
 *                    rewrites the log must know it; the {@code prod} profile refuses to start without one
 * @param retention   how long a row is kept (ISO 8601 period; the Cybersecurity Law asks for at
 *                    least six months of logs, so less is refused at start)
 * @param cleanupCron when the retention run removes older rows (Spring cron, county time)
 */
@ConfigurationProperties("qingyang.access-log")
public record AccessLogProperties(String key, Period retention, String cleanupCron) {

    public static final Period MINIMUM_RETENTION = Period.ofMonths(6);

    public AccessLogProperties {
        if (retention != null && retention.toTotalMonths() * 31 + retention.getDays() < MINIMUM_RETENTION.toTotalMonths() * 31) {
            throw new IllegalArgumentException("qingyang.access-log.retention = " + retention
                    + "：个人信息访问日志至少保存六个月（网络安全法第二十一条），请设为 P6M 或更长。");
        }
    }
}
