package cn.qingyang.assistance.accesslog;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link AccessLogRetention} on its cron. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AccessLogScheduling {
}
