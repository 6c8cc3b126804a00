package cn.qingyang.assistance.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A refused form submission in Tasklist shows the engine's message, which wraps ours in English
 * and technical IDs: "Cannot submit task form 968e…: 不提出对策建议不放过…" or "Cannot instantiate
 * process definition ReportIntake:1:4fa1…: 上报未受理…". When the reason is one of our Chinese
 * messages for the person at the form, this filter answers that message alone; any other answer
 * (a machine's error, in English) passes unchanged, status and all.
 */
class FormErrorMessageFilter extends OncePerRequestFilter {

    static final Pattern ENGINE_PREFIX = Pattern.compile(
            "^(?:Cannot submit task form|Cannot instantiate process definition) \\S+?: (.*)$", Pattern.DOTALL);

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private final ObjectMapper json;

    public FormErrorMessageFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/submit-form");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() >= 400) {
            byte[] rewritten = withoutEnginePrefix(wrapper.getContentAsByteArray());
            if (rewritten != null) {
                wrapper.resetBuffer();
                wrapper.getOutputStream().write(rewritten);
            }
        }
        wrapper.copyBodyToResponse();
    }

    /** The error body with our message alone, or null when it is not one of ours behind the engine's prefix. */
    byte[] withoutEnginePrefix(byte[] body) {
        JsonNode error;
        try {
            error = json.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
        if (!(error instanceof ObjectNode object) || !error.path("message").isTextual()) {
            return null;
        }
        String reason = personFacing(error.get("message").asText());
        if (reason == null) {
            return null;
        }
        object.put("message", reason);
        try {
            return json.writeValueAsBytes(object);
        } catch (IOException e) {
            throw new IllegalStateException("writing the error answer back", e);
        }
    }

    /** Our Chinese reason behind the engine's English prefix, or null. */
    static String personFacing(String message) {
        Matcher matcher = ENGINE_PREFIX.matcher(message);
        if (!matcher.matches()) {
            return null;
        }
        String reason = matcher.group(1).trim();
        return CHINESE.matcher(reason).find() ? reason : null;
    }
}
