package cn.qingyang.assistance.outside;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Calls to outside systems ({@code qingyang.outside.*}). The value is application.yaml's, where it
 * is documented for administrators; there is no second default here, and a configuration without
 * it does not start.
 *
 * @param retryCycle how a job calling an outside system is retried before it becomes an incident
 *                   in Cockpit (ISO 8601 repetition, e.g. R3/PT5M: three attempts, five minutes apart)
 */
@ConfigurationProperties("qingyang.outside")
public record OutsideProperties(String retryCycle) {

    public OutsideProperties {
        if (retryCycle == null || retryCycle.isBlank()) {
            throw new IllegalArgumentException("qingyang.outside.retry-cycle 未配置（如 R3/PT5M），见 application.yaml。");
        }
    }
}
