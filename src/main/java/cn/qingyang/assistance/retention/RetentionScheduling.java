package cn.qingyang.assistance.retention;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link CaseFileRetention} on its cron. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionScheduling {
}
