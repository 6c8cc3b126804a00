package cn.qingyang.assistance.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security headers of our pages and API ({@code qingyang.security-headers.*}; Camunda's webapps:
 * {@code camunda.bpm.webapp.header-security.*}). Why these values: docs/security-accounts.md.
 *
 * @param pagePolicy     Content-Security-Policy of our pages and Swagger UI
 * @param apiPolicy      Content-Security-Policy of JSON and file answers of /api and the OpenAPI document
 * @param frameOptions   X-Frame-Options everywhere (older browsers' frame-ancestors)
 * @param referrerPolicy Referrer-Policy everywhere
 */
@ConfigurationProperties("qingyang.security-headers")
public record SecurityHeadersProperties(
        @DefaultValue("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'") String pagePolicy,
        @DefaultValue("default-src 'none'; frame-ancestors 'none'") String apiPolicy,
        @DefaultValue("DENY") String frameOptions,
        @DefaultValue("same-origin") String referrerPolicy) {
}
