package cn.qingyang.assistance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The webapps' own engine API ({@code /camunda/api/engine}, what Cockpit and Tasklist call) is a
 * JAX-RS application we cannot add an exception mapper to; it answers a read of another
 * township's record (ENGINE-13034) with 500. This filter turns that answer into the 403 that
 * {@code /engine-rest} gives ({@link TenantDenialExceptionMapper}); every other answer passes
 * unchanged.
 */
public class WebappTenantDenialFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                && new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8)
                        .contains(TenantDenialExceptionMapper.TENANT_CHECK_FAILED)) {
            wrapper.resetBuffer();
            wrapper.setStatus(HttpServletResponse.SC_FORBIDDEN);
            wrapper.setContentType("application/json;charset=UTF-8");
            wrapper.getOutputStream().write(("{\"type\":\"AuthorizationException\",\"message\":\""
                    + TenantDenialExceptionMapper.MESSAGE + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        wrapper.copyBodyToResponse();
    }
}
