package cn.qingyang.assistance.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In the {@code prod} profile the administrator comes from the standard Camunda properties
 * ({@code camunda.bpm.admin-user.id} / {@code .password}, environment
 * {@code CAMUNDA_BPM_ADMINUSER_ID} / {@code CAMUNDA_BPM_ADMINUSER_PASSWORD}). The check runs
 * before any bean exists, so a weak password never reaches the identity tables.
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
        AdminPasswordPolicy.violation(
                        environment.getProperty("camunda.bpm.admin-user.id"),
                        environment.getProperty("camunda.bpm.admin-user.password"))
                .ifPresent(reason -> {
                    throw new WeakAdminPasswordException(reason);
                });
    }
}
