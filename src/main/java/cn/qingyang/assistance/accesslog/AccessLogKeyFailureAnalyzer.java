package cn.qingyang.assistance.accesslog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused access-log key into Spring Boot's short "APPLICATION FAILED TO START" report. */
public class AccessLogKeyFailureAnalyzer extends AbstractFailureAnalyzer<AccessLogKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AccessLogKeyException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "生成本县自己的密钥并设置后重新启动，例如 QINGYANG_ACCESS_LOG_KEY=\"$(openssl rand -base64 32)\"；"
                        + "密钥须与数据库分开保管，更换密钥后旧记录将无法校验。 / Set QINGYANG_ACCESS_LOG_KEY to 32 or more "
                        + "random bytes in Base64 and start again.",
                cause);
    }
}
