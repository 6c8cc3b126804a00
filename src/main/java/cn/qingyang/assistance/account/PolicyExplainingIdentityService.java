package cn.qingyang.assistance.account;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's identity service, except that a password the policy refuses is a person's mistake:
 * a {@link BadUserRequestException} with the policy in Chinese (REST and the webapps answer 400
 * with it, the engine logs it at DEBUG), where the engine would throw a bare
 * "Password does not match policy" (500, an ERROR with a stack trace).
 */
class PolicyExplainingIdentityService extends IdentityServiceImpl {

    private final PasswordRules rules;

    public PolicyExplainingIdentityService(PasswordRules rules) {
        this.rules = rules;
    }

    @Override
    public void saveUser(User user, boolean skipPasswordPolicy) {
        if (!skipPasswordPolicy && user instanceof UserEntity entity && entity.hasNewPassword()) {
            boolean valid = commandExecutor.execute(context -> {
                PasswordPolicy policy = context.getProcessEngineConfiguration().isEnablePasswordPolicy()
                        ? context.getProcessEngineConfiguration().getPasswordPolicy() : null;
                return policy == null || entity.checkPasswordAgainstPolicy();
            });
            if (!valid) {
                throw new BadUserRequestException("密码不符合密码策略，请换一个：" + rules.explainAll() + "。");
            }
        }
        super.saveUser(user, skipPasswordPolicy);
    }
}
