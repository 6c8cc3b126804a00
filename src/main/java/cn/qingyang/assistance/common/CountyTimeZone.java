package cn.qingyang.assistance.common;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The county works in Beijing time: timers (cron cycles), due dates and working days are
 * computed in {@code qingyang.time-zone} ({@link TimeZoneProperties}) whatever the server's zone.
 * Camunda evaluates timer cycles in the JVM default zone, so the default zone is set before the
 * engine starts. This runs after application.yaml is loaded (an environment post-processor of
 * default order comes after Spring Boot's config data) and before any bean exists, so it binds
 * the record itself, with the same binder Spring uses for the bean.
 */
public class CountyTimeZone implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        TimeZoneProperties county = Binder.get(environment).bindOrCreate("qingyang", TimeZoneProperties.class);
        TimeZone.setDefault(TimeZone.getTimeZone(county.timeZone()));
    }
}
