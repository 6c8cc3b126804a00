package cn.qingyang.assistance.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refusals and absent records through {@code /engine-rest}, answered as what they are, in
 * Camunda's error format with a Chinese message, and logged in one line (never as an ERROR with a
 * stack trace); every other exception goes to Camunda's own handler unchanged:
 * <ul>
 *   <li>a task's duties refuse the person ({@link DutyRefusedException}, wrapped by the engine
 *       when a task listener refused): 403 with the duty's own message;</li>
 *   <li>another township's instance or task (ENGINE-13034, "belongs to no authenticated tenant",
 *       which Camunda answers as 500): 403;</li>
 *   <li>an ended, unknown or never existing task, instance or resource (the engine's
 *       {@link NullValueException} or one of its "not found" exceptions, which Camunda answers as
 *       500 or 400 on several paths): 404, with the engine's own words naming the id
 *       ({@link EndedRecords} answers a person's reads of ended tasks and instances in Chinese before
 *       the engine is asked).</li>
 * </ul>
 */
public final class TenantDenialExceptionMapper {

    /** The engine's code for a record of another tenant (township). */
    public static final String TENANT_CHECK_FAILED = "ENGINE-13034";
    static final String MESSAGE = "无权访问：该记录属于其他乡镇（租户）。 / Access denied: the record belongs to another township.";
    static final String NOT_FOUND = "未找到该记录：它不存在、已经办结或已删除。 / Not found: the record does not exist, has ended or was deleted.";

    private static final Logger log = LoggerFactory.getLogger(TenantDenialExceptionMapper.class);

    private TenantDenialExceptionMapper() {
    }

    /** What a failed engine call was, seen from the person who made it. */
    enum Refusal {
        DUTY, TENANT, NOT_FOUND, NONE;

        static Refusal of(Throwable exception) {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (t instanceof DutyRefusedException) {
                    return DUTY;
                }
            }
            if (isTenantDenial(exception)) {
                return TENANT;
            }
            return isAbsentRecord(exception) ? NOT_FOUND : NONE;
        }
    }

    /**
     * The engine found nothing under the id it was given: a {@link NullValueException} or one of its
     * "not found" exceptions ({@link NotFoundException}, DecisionDefinitionNotFoundException,
     * DeploymentResourceNotFoundException... which share no supertype but their name).
     */
    public static boolean isAbsentRecord(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof NullValueException || t instanceof NotFoundException
                    || (t instanceof ProcessEngineException && t.getClass().getSimpleName().endsWith("NotFoundException"))) {
                return true;
            }
        }
        return false;
    }

    static boolean isTenantDenial(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(TENANT_CHECK_FAILED)) {
                return true;
            }
        }
        return false;
    }

    static DutyRefusedException duty(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof DutyRefusedException refused) {
                return refused;
            }
        }
        return null;
    }

    static Response forbidden() {
        return answer(Response.Status.FORBIDDEN, "AuthorizationException", MESSAGE);
    }

    static Response answer(Response.Status status, String type, String message) {
        ExceptionDto dto = new ExceptionDto();
        dto.setType(type);
        dto.setMessage(message);
        return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Our answer to a refusal or an absent record, or null for Camunda's own handler. */
    static Response toResponse(Throwable exception, HttpServletRequest request) {
        Refusal refusal = Refusal.of(exception);
        String where = request == null ? "" : request.getMethod() + " " + request.getRequestURI();
        String user = request == null || request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
        switch (refusal) {
            case DUTY -> {
                // TaskDuties logged the refusal, with the task and the person, when it refused
                return answer(Response.Status.FORBIDDEN, "AuthorizationException", duty(exception).getMessage());
            }
            case TENANT -> {
                log.info("Refused {}: record of another township (ENGINE-13034) {}", where, user);
                return forbidden();
            }
            case NOT_FOUND -> {
                // the engine's own words name the id and what was not found (a client called it with
                // an id; a person's Tasklist or Cockpit reads are answered by EndedRecords, in Chinese)
                log.info("Not found {}: {}", where, firstLine(exception));
                return answer(Response.Status.NOT_FOUND, exception.getClass().getSimpleName(), exception.getMessage());
            }
            default -> {
                return null;
            }
        }
    }

    private static String firstLine(Throwable exception) {
        Throwable deepest = exception;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = String.valueOf(deepest.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** For exceptions thrown by the engine. */
    @Priority(1)
    public static class ForEngine implements ExceptionMapper<ProcessEngineException> {
        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(ProcessEngineException exception) {
            Response ours = TenantDenialExceptionMapper.toResponse(exception, request);
            return ours != null ? ours : camunda.toResponse(exception);
        }
    }

    /** For engine exceptions that the REST layer wrapped (e.g. task completion). */
    @Priority(1)
    public static class ForRest implements ExceptionMapper<RestException> {
        private final RestExceptionHandler camunda = new RestExceptionHandler();
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(RestException exception) {
            Response ours = TenantDenialExceptionMapper.toResponse(exception, request);
            return ours != null ? ours : camunda.toResponse(exception);
        }
    }
}
