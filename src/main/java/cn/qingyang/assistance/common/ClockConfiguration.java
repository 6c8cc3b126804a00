package cn.qingyang.assistance.common;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The county's clock (Beijing time): case numbers, dates and deadlines are taken from it. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    Clock countyClock(@Value("${" + CountyTimeZone.PROPERTY + ":" + CountyTimeZone.DEFAULT_ZONE + "}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
