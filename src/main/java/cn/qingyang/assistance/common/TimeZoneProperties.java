package cn.qingyang.assistance.common;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The county's time zone ({@code qingyang.time-zone}): timers, due dates, working days and case
 * dates are taken in it whatever the server's zone. The value is application.yaml's (Asia/Shanghai,
 * documented there); there is no second default here, and a configuration without it does not start.
 *
 * @param timeZone the county's zone
 */
@ConfigurationProperties("qingyang")
public record TimeZoneProperties(ZoneId timeZone) {

    public TimeZoneProperties {
        if (timeZone == null) {
            throw new IllegalArgumentException("qingyang.time-zone 未配置（县里的时区，如 Asia/Shanghai），见 application.yaml。");
        }
    }
}
