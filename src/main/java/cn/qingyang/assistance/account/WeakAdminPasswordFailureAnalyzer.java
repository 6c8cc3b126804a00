package cn.qingyang.assistance.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused admin password into Spring Boot's short "APPLICATION FAILED TO START" report. */
public class WeakAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<WeakAdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WeakAdminPasswordException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "设置符合密码策略的强密码后重新启动，例如：CAMUNDA_BPM_ADMINUSER_ID=admin "
                        + "CAMUNDA_BPM_ADMINUSER_PASSWORD='<至少 " + AdminPasswordPolicy.MIN_LENGTH
                        + " 位的强密码>' java -jar app.jar --spring.profiles.active=prod / "
                        + "Set a strong administrator password (at least " + AdminPasswordPolicy.MIN_LENGTH
                        + " characters, not a well-known one) and start again.",
                cause);
    }
}
