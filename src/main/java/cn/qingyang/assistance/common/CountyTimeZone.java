package cn.qingyang.assistance.common;

import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The county works in Beijing time: timers (cron cycles), due dates and working days are
 * computed in {@code qingyang.time-zone} (default Asia/Shanghai) whatever the server's zone.
 * Camunda evaluates timer cycles in the JVM default zone, so the default zone is set before the
 * engine starts.
 */
public class CountyTimeZone implements EnvironmentPostProcessor {

    public static final String PROPERTY = "qingyang.time-zone";
    public static final String DEFAULT_ZONE = "Asia/Shanghai";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ZoneId zone = ZoneId.of(environment.getProperty(PROPERTY, DEFAULT_ZONE));
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
    }
}
