package cn.qingyang.assistance.security;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link SecurityHeadersFilter} first of all filters, so that every answer carries the headers. */
@Configuration(proxyBeanMethods = false)
class SecurityHeadersConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders(SecurityHeadersProperties properties,
            CamundaBpmProperties camunda) {
        String webappPath = camunda.getWebapp().getApplicationPath();
        var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter(properties, webappPath));
        registration.setName("security-headers");
        registration.addUrlPatterns("/roster/*", "/household/*", "/calendar/*", "/account/*", "/api/*", "/swagger-ui/*", "/swagger-ui.html",
                "/v3/api-docs", "/v3/api-docs/*", "/v3/api-docs.yaml", webappPath + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
