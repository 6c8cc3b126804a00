package cn.qingyang.assistance.common;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The county's clock (Beijing time): case numbers, dates and deadlines are taken from it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimeZoneProperties.class)
public class ClockConfiguration {

    @Bean
    Clock countyClock(TimeZoneProperties county) {
        return Clock.system(county.timeZone());
    }
}
