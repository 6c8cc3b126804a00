package cn.qingyang.assistance.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The engine refuses access to another township's instance or task with ENGINE-13034 ("belongs
 * to no authenticated tenant"), which Camunda's REST API would answer as 500. It is a refusal,
 * so {@code /engine-rest} answers 403, in Camunda's error format with a Chinese message; every
 * other exception goes to Camunda's own handler unchanged.
 */
public final class TenantDenialExceptionMapper {

    static final String TENANT_CHECK_FAILED = "ENGINE-13034";
    static final String MESSAGE = "无权访问：该记录属于其他乡镇（租户）。 / Access denied: the record belongs to another township.";

    private TenantDenialExceptionMapper() {
    }

    static boolean isTenantDenial(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(TENANT_CHECK_FAILED)) {
                return true;
            }
        }
        return false;
    }

    static Response forbidden() {
        ExceptionDto dto = new ExceptionDto();
        dto.setType("AuthorizationException");
        dto.setMessage(MESSAGE);
        return Response.status(Response.Status.FORBIDDEN).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** For exceptions thrown by the engine. */
    @Priority(1)
    public static class ForEngine implements ExceptionMapper<ProcessEngineException> {
        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return isTenantDenial(exception) ? forbidden() : camunda.toResponse(exception);
        }
    }

    /** For engine exceptions that the REST layer wrapped (e.g. task completion). */
    @Priority(1)
    public static class ForRest implements ExceptionMapper<RestException> {
        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            return isTenantDenial(exception) ? forbidden() : camunda.toResponse(exception);
        }
    }
}
