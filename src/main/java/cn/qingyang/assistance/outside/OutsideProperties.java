package cn.qingyang.assistance.outside;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Calls to outside systems ({@code qingyang.outside.*}). The default is written here and nowhere
 * else; application.yaml documents the key for administrators.
 *
 * @param retryCycle how a job calling an outside system is retried before it becomes an incident
 *                   in Cockpit (ISO 8601 repetition; default R3/PT5M: three attempts, five minutes apart)
 */
@ConfigurationProperties("qingyang.outside")
public record OutsideProperties(@DefaultValue("R3/PT5M") String retryCycle) {

    public OutsideProperties {
        if (retryCycle == null || retryCycle.isBlank()) {
            throw new IllegalArgumentException("qingyang.outside.retry-cycle 不能为空（如 R3/PT5M），见 application.yaml。");
        }
    }
}
