package cn.qingyang.assistance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code GET /engine-rest/engine} (the list of engines) names no engine, so Camunda's
 * authentication filter lets it through unauthenticated. The security walk found it; here it
 * needs valid HTTP Basic credentials like every other {@code /engine-rest} path (the engine's
 * login throttling applies).
 */
class EngineListAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identity;

    public EngineListAuthenticationFilter(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (authenticated(request.getHeader("Authorization"))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"default\"");
    }

    private boolean authenticated(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 && identity.checkPassword(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
