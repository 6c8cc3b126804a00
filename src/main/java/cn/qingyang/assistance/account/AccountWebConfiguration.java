package cn.qingyang.assistance.account;

import cn.qingyang.assistance.security.RestSecurityConfiguration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The first-login gate on our API, {@code /engine-rest} and the webapps' APIs, right after authentication. */
@Configuration(proxyBeanMethods = false)
public class AccountWebConfiguration {

    @Bean
    FilterRegistrationBean<PasswordChangeGate> passwordChangeGate(PasswordChangeRepository requirements,
            IdentityService identity, CamundaBpmProperties camunda) {
        String webappPath = camunda.getWebapp().getApplicationPath();
        var registration = new FilterRegistrationBean<>(new PasswordChangeGate(requirements, identity, webappPath));
        registration.setName("password-change-gate");
        registration.addUrlPatterns("/api/*", "/engine-rest/*", webappPath + "/api/*");
        registration.setOrder(RestSecurityConfiguration.AUTHENTICATION_ORDER + 1);
        return registration;
    }
}
