package cn.qingyang.assistance.common;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * A form refused because of what a person typed (a wrong ID number, a visit without a
 * countermeasure) is answered with a Chinese reason and logged by nobody as an error. The engine
 * logged each one at ERROR with a full stack trace (ENGINE-16004), so the log an operator watches
 * for failing jobs and databases filled with caseworkers' typing mistakes. The engine already
 * logs its own user-caused exceptions (BadUserRequestException, AuthorizationException,
 * OptimisticLockingException) at DEBUG; form validation failures are now treated alike. Every
 * other exception is logged as before.
 */
@Component
public class UserMistakesNotErrors extends AbstractCamundaConfiguration {

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

    /** A form validation failure anywhere in the cause chain: what a person entered, not a fault. */
    static boolean isUserMistake(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof FormFieldValidationException) {
                return true;
            }
        }
        return false;
    }

    static final class QuietOnUserMistakes extends CommandContext {

        QuietOnUserMistakes(ProcessEngineConfigurationImpl configuration) {
            super(configuration);
        }

        @Override
        protected boolean shouldLogFine(Throwable exception) {
            return super.shouldLogFine(exception) || isUserMistake(exception);
        }
    }
}
