package cn.qingyang.assistance;

import cn.qingyang.assistance.common.TimeZoneProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the integration tests follows the engine's ({@link ClockUtil}): the
 * real time until a test sets the engine's clock (and resets it after), then both show that time,
 * so {@code now()} in an expression and a date our own code takes agree (issue 16: a report on
 * 2027-12-28). In the county zone, as the application's own clock.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EngineClock {

    @Bean
    @Primary
    Clock engineFollowingClock(TimeZoneProperties county) {
        return new Following(county.timeZone());
    }

    static final class Following extends Clock {
        private final ZoneId zone;

        Following(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Following(other);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
