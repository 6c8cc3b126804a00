package cn.qingyang.assistance.account;

import cn.qingyang.assistance.account.PasswordProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In the {@code prod} profile the administrator comes from the standard Camunda properties
 * ({@code camunda.bpm.admin-user.id} / {@code .password}, environment
 * {@code CAMUNDA_BPM_ADMINUSER_ID} / {@code CAMUNDA_BPM_ADMINUSER_PASSWORD}). The check runs
 * before any bean exists, so a weak password never reaches the identity tables. It applies the
 * configured password policy ({@code qingyang.password.*}) with the administrator's minimum length.
 */
public class ProdAdminPasswordCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            throw new WeakAdminPasswordException("prod 与 demo 配置不能同时启用：生产环境不得含演示用户。");
        }
        PasswordProperties policy = Binder.get(environment).bindOrCreate("qingyang.password", PasswordProperties.class);
        AdminPasswordPolicy.violation(policy,
                        environment.getProperty("camunda.bpm.admin-user.id"),
                        environment.getProperty("camunda.bpm.admin-user.password"))
                .ifPresent(reason -> {
                    throw new WeakAdminPasswordException(reason);
                });
    }
}
