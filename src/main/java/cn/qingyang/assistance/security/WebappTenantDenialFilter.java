package cn.qingyang.assistance.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The webapps' own engine API ({@code /camunda/api/engine}, what Cockpit and Tasklist call) is a
 * JAX-RS application of the webapp starter; {@link WebappEngineApiMappers} gives it our exception
 * mappers. Should an answer still come out as 500 for a refusal or an absent record (e.g. a
 * handler of its own that bypasses the mappers), this filter gives the answer {@code /engine-rest}
 * gives ({@link TenantDenialExceptionMapper}), logged in one line; every other answer passes
 * unchanged:
 * <ul>
 *   <li>a task's duties refused the person ({@link DutyRefusals}, set by the engine on this
 *       request's thread): 403 with the duty's Chinese message, which Tasklist shows;</li>
 *   <li>another township's record (ENGINE-13034): 403;</li>
 *   <li>an ended or unknown task, instance or resource (Camunda's error type
 *       {@code NullValueException} / {@code ...NotFoundException}): 404, in the engine's words.</li>
 * </ul>
 */
class WebappTenantDenialFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(WebappTenantDenialFilter.class);
    private static final Set<String> NOT_FOUND_TYPES = Set.of("NullValueException", "NotFoundException");

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DutyRefusals.take(); // nothing left over from an earlier request on this thread
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        String duty;
        try {
            chain.doFilter(request, wrapper);
        } finally {
            duty = DutyRefusals.take();
        }
        int status = wrapper.getStatus();
        if (duty != null && status >= 400) {
            rewrite(wrapper, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", duty);
        } else if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                || status == HttpServletResponse.SC_BAD_REQUEST) {
            JsonNode error = errorOf(wrapper.getContentAsByteArray());
            String type = error.path("type").asText("");
            String message = error.path("message").asText("");
            String where = request.getMethod() + " " + request.getRequestURI();
            if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                    && message.contains(TenantDenialExceptionMapper.TENANT_CHECK_FAILED)) {
                log.info("Refused {}: record of another township (ENGINE-13034) {}", where, request.getRemoteUser());
                rewrite(wrapper, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", TenantDenialExceptionMapper.MESSAGE);
            } else if (NOT_FOUND_TYPES.contains(type) || type.endsWith("NotFoundException")) {
                log.info("Not found {}: {}", where, message.lines().findFirst().orElse(""));
                rewrite(wrapper, HttpServletResponse.SC_NOT_FOUND, type, message);
            }
        }
        wrapper.copyBodyToResponse();
    }

    private JsonNode errorOf(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            return node == null ? JsonNodeFactory.instance.objectNode() : node;
        } catch (IOException notJson) {
            return JsonNodeFactory.instance.objectNode();
        }
    }

    private void rewrite(ContentCachingResponseWrapper wrapper, int status, String type, String message) throws IOException {
        wrapper.resetBuffer();
        wrapper.setStatus(status);
        wrapper.setContentType("application/json;charset=UTF-8");
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("type", type).put("message", message);
        wrapper.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
