package cn.qingyang.assistance.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read of a task, process instance or execution that has ended, never existed or is not the
 * caller's answers 404 before the engine is asked. Several of Camunda's read paths fail on such
 * an id inside the engine instead (e.g. {@code GET /task/{id}/deployed-form} with a
 * NullPointerException, {@code /task/{id}/variables} with a NullValueException), which Camunda's
 * REST layer answers as 500 and the engine logs as an ERROR with a stack trace. The check is the
 * caller's own query (authorization and tenant checked), by id: a record the caller may not see
 * is absent for them. Registered in {@code /engine-rest} and the webapps' engine API.
 */
public class EndedRecords implements ContainerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EndedRecords.class);
    /** {@code [engine/<name>/]task|process-instance|execution/<id>[/...]} */
    static final Pattern RECORD = Pattern.compile("^/?(?:engine/([^/]+)/)?(task|process-instance|execution)/([^/]+)(?:/.*)?$");
    /** Sub-resources of the collections, not ids. */
    static final Set<String> NOT_IDS = Set.of("count", "report");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod())) {
            return;
        }
        Matcher matcher = RECORD.matcher(request.getUriInfo().getPath());
        if (!matcher.matches() || NOT_IDS.contains(matcher.group(3))) {
            return;
        }
        ProcessEngine engine = EngineUtil.lookupProcessEngine(matcher.group(1));
        if (engine == null) {
            return; // Camunda answers an unknown engine itself
        }
        String id = matcher.group(3);
        long found = switch (matcher.group(2)) {
            case "task" -> engine.getTaskService().createTaskQuery().taskId(id).count();
            case "process-instance" -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count();
            default -> engine.getRuntimeService().createExecutionQuery().executionId(id).count();
        };
        if (found == 0) {
            log.info("Not found GET {}: no {} {} for this user (ended, unknown or not theirs)",
                    request.getUriInfo().getPath(), matcher.group(2), id);
            request.abortWith(TenantDenialExceptionMapper.answer(Response.Status.NOT_FOUND, "NotFound",
                    TenantDenialExceptionMapper.NOT_FOUND));
        }
    }
}
