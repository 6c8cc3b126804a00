package cn.qingyang.assistance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on our own pages and API ({@code /roster/**}, {@code /account/**}, {@code /api/**},
 * Swagger UI and the OpenAPI document): a Content-Security-Policy (pages: only our own scripts,
 * never inline ones, and no framing; the API: nothing at all), {@code X-Content-Type-Options:
 * nosniff}, {@code X-Frame-Options} and a {@code Referrer-Policy}. On Camunda's webapps, whose own
 * filter sends their Content-Security-Policy and nosniff ({@code camunda.bpm.webapp.header-security.*}),
 * only the two headers it lacks are added. Set before the request goes on, so that every answer
 * carries them, a 401 or 403 too.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    private final SecurityHeadersProperties properties;
    private final String webappPath;

    public SecurityHeadersFilter(SecurityHeadersProperties properties, String webappPath) {
        this.properties = properties;
        this.webappPath = webappPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // decoded and normalised as the servlets see it ("/api/account/../me" is "/api/me")
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean camunda = path.equals(webappPath) || path.startsWith(webappPath + "/");
        if (!camunda) {
            boolean api = path.startsWith("/api/") || path.startsWith("/v3/api-docs");
            response.setHeader("Content-Security-Policy", api ? properties.apiPolicy() : properties.pagePolicy());
            response.setHeader("X-Content-Type-Options", "nosniff");
        }
        response.setHeader("X-Frame-Options", properties.frameOptions());
        response.setHeader("Referrer-Policy", properties.referrerPolicy());
        chain.doFilter(request, response);
    }
}
