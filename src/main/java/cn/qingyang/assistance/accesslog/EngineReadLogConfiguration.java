package cn.qingyang.assistance.accesslog;

import cn.qingyang.assistance.workflow.EngineAsSystem;
import cn.qingyang.assistance.security.RestSecurityConfiguration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@link EngineReadLog} on both engine APIs: {@code /engine-rest} and the webapps' (Tasklist, Cockpit). */
@Configuration(proxyBeanMethods = false)
class EngineReadLogConfiguration {

    @Bean
    FilterRegistrationBean<EngineReadLog> engineReadLog(AccessLog accessLog, TaskService tasks, RuntimeService runtime,
                                                        EngineAsSystem system, IdentityService identity,
                                                        CamundaBpmProperties camunda) {
        String webappPath = camunda.getWebapp().getApplicationPath();
        var registration = new FilterRegistrationBean<>(new EngineReadLog(accessLog, tasks, runtime, system, identity, webappPath));
        registration.setName("engine-read-log");
        registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/engine/*");
        // inside the authentication filters, which know the user
        registration.setOrder(RestSecurityConfiguration.AUTHENTICATION_ORDER + 2);
        return registration;
    }
}
