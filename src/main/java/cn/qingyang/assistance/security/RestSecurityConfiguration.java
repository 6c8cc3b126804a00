package cn.qingyang.assistance.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.camunda.bpm.engine.IdentityService;
import cn.qingyang.assistance.common.ApiProperties;
import cn.qingyang.assistance.common.RequestSizeLimitFilter;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Closes the REST APIs: Camunda's {@code /engine-rest} answers only HTTP Basic (Camunda Modeler
 * deploys with administrator credentials), our {@code /api} answers HTTP Basic or a webapp
 * session, and so do its OpenAPI document (JSON and YAML) and Swagger UI. Both use the engine's
 * own authentication filter, which also sets the authenticated user, groups and tenants for the
 * request, so every query is authorization- and tenant-checked.
 */
@Configuration(proxyBeanMethods = false)
public class RestSecurityConfiguration {

    /**
     * Order of the authentication filters of /api and /engine-rest: before every filter left at
     * the default order, so that what runs after them (e.g. the first-login gate) knows the user.
     */
    public static final int AUTHENTICATION_ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        return authenticationFilter("engine-rest-authentication", HttpBasicAuthenticationProvider.class,
                "/engine-rest/*");
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthentication() {
        return authenticationFilter("api-authentication", SessionOrBasicAuthenticationProvider.class,
                "/api/*", "/v3/api-docs/*", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs.yaml/*",
                "/swagger-ui/*", "/swagger-ui.html");
    }

    /** Our JSON API's bodies are capped (uploads have their own multipart limits). */
    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> apiBodyLimit(ApiProperties api) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(api.maxBodyBytes()));
        registration.setName("api-body-limit");
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /** The engine list, which Camunda's filter lets through, needs credentials too. */
    @Bean
    FilterRegistrationBean<EngineListAuthenticationFilter> engineListAuthentication(IdentityService identity) {
        var registration = new FilterRegistrationBean<>(new EngineListAuthenticationFilter(identity));
        registration.setName("engine-list-authentication");
        registration.addUrlPatterns("/engine-rest/engine", "/engine-rest/engine/");
        return registration;
    }

    /** The webapps' engine API answers another township's record with 403 too, not 500. */
    @Bean
    FilterRegistrationBean<WebappTenantDenialFilter> webappTenantDenial(CamundaBpmProperties camunda) {
        var registration = new FilterRegistrationBean<>(new WebappTenantDenialFilter());
        registration.setName("webapp-tenant-denial");
        registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
        return registration;
    }

    /**
     * Refusals are 403 and ended or unknown records 404, not server errors (the webapps' engine
     * API gets the same providers: {@link WebappEngineApiMappers}).
     */
    @Bean
    ResourceConfigCustomizer tenantDenialAsForbidden() {
        return config -> config.register(TenantDenialExceptionMapper.ForEngine.class)
                .register(TenantDenialExceptionMapper.ForRest.class).register(EndedRecords.class);
    }

    private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> authenticationFilter(
            String name, Class<?> provider, String... urlPatterns) {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName(name);
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, provider.getName());
        registration.addUrlPatterns(urlPatterns);
        registration.setOrder(AUTHENTICATION_ORDER);
        return registration;
    }
}
