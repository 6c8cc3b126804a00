package cn.qingyang.assistance.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import cn.qingyang.assistance.security.TenantDenialExceptionMapper;
import org.springframework.stereotype.Component;

/**
 * A form refused because of what a person typed (a wrong ID number, a visit without a
 * countermeasure) is answered with a Chinese reason and logged by nobody as an error. The engine
 * logged each one at ERROR with a full stack trace (ENGINE-16004), so the log an operator watches
 * for failing jobs and databases filled with caseworkers' typing mistakes. The engine already
 * logs its own user-caused exceptions (BadUserRequestException, AuthorizationException,
 * OptimisticLockingException) at DEBUG; form validation failures are now treated alike, and so
 * are refusals (an AuthorizationException anywhere in the cause chain, which includes a task's
 * duties refusing a person, and another township's record, ENGINE-13034) and a read of something
 * that is not there (a NullValueException or a "not found" exception from a {@code Get...Cmd} or a query, e.g. the
 * variables of a task that has ended). Those are answered 403/404 and logged in one line by the
 * REST layer's mappers and filters ({@code security/TenantDenialExceptionMapper}) and by the
 * duties themselves. Every other exception is logged as before.
 */
@Component
class UserMistakesNotErrors extends AbstractCamundaConfiguration {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandContextFactory factory = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new QuietOnUserMistakes(processEngineConfiguration);
            }
        };
        factory.setProcessEngineConfiguration(configuration); // the engine sets it only on its own factory
        configuration.setCommandContextFactory(factory);
    }

    /**
     * A form validation failure or a refusal anywhere in the cause chain: what a person entered or
     * may not do, not a fault.
     */
    static boolean isUserMistake(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof FormFieldValidationException || t instanceof AuthorizationException) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains(TenantDenialExceptionMapper.TENANT_CHECK_FAILED)) {
                return true;
            }
        }
        return false;
    }

    /** A read (the engine's {@code Get...Cmd} or a query) found nothing under the id it was given. */
    static boolean isAbsentRecord(Throwable exception, Object command) {
        boolean read = command instanceof AbstractQuery<?, ?>
                || (command != null && command.getClass().getSimpleName().startsWith("Get"));
        return read && TenantDenialExceptionMapper.isAbsentRecord(exception);
    }

    static final class QuietOnUserMistakes extends CommandContext {

        private Object command;

        QuietOnUserMistakes(ProcessEngineConfigurationImpl configuration) {
            super(configuration);
        }

        @Override
        public void close(CommandInvocationContext invocation) {
            command = invocation.getCommand();
            super.close(invocation);
        }

        @Override
        protected boolean shouldLogFine(Throwable exception) {
            return super.shouldLogFine(exception) || isUserMistake(exception) || isAbsentRecord(exception, command);
        }
    }
}
