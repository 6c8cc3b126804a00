package cn.qingyang.assistance.account;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Installs the accounts' rules in the engine: our {@link PasswordRules} as the engine's password
 * policy, its Chinese refusal ({@link PolicyExplainingIdentityService}) and the note of who chose
 * a password ({@link PasswordChangeTrackingIdentityProvider}).
 * <p>
 * The policy is switched on last, after the engine is built (this plugin runs after every other,
 * among them Camunda's {@code CreateAdminUserConfiguration}): the configured administrator is
 * created by the system before it applies. That is safe because in the {@code prod} profile the
 * administrator's password has been checked against the same rules, with a longer minimum, before
 * the application starts ({@code ProdAdminPasswordCheck}); in the {@code demo} profile it lets the
 * demo administrator keep {@code demo}. The demo users are saved explicitly without the policy
 * ({@code DemoUsers}, demo profile only). Everything after the start goes through the policy.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class PasswordPolicyPlugin extends AbstractCamundaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PasswordPolicyPlugin.class);

    private final PasswordRules rules;
    private final PasswordChangeRepository requirements;

    public PasswordPolicyPlugin(PasswordProperties properties, PasswordChangeRepository requirements) {
        this.rules = new PasswordRules(properties);
        this.requirements = requirements;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordPolicy(rules);
        configuration.setEnablePasswordPolicy(false); // until the engine is built, see above
        configuration.setIdentityService(new PolicyExplainingIdentityService(rules));
        configuration.setIdentityProviderSessionFactory(new PasswordChangeTrackingIdentityProvider.Factory(requirements));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).setEnablePasswordPolicy(true);
        log.info("Password policy on for every account: {}", rules.explainAll());
    }

    public PasswordRules rules() {
        return rules;
    }
}
