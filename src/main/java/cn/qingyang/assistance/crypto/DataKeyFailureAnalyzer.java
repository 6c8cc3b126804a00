package cn.qingyang.assistance.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns refused encryption keys into Spring Boot's short "APPLICATION FAILED TO START" report. */
public class DataKeyFailureAnalyzer extends AbstractFailureAnalyzer<DataKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataKeyException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "生成并设置密钥后重新启动（见 docs/security-encryption.md），例如："
                        + "QINGYANG_CRYPTO_CURRENTDATAKEY=k2026 QINGYANG_CRYPTO_DATAKEYS_K2026=\"$(openssl rand -base64 16)\" "
                        + "QINGYANG_CRYPTO_CURRENTINDEXKEY=i2026 QINGYANG_CRYPTO_INDEXKEYS_I2026=\"$(openssl rand -base64 32)\" / "
                        + "Generate the county's own SM4 data key (16 bytes) and HMAC index key (32 bytes), "
                        + "keep them in the secret store, and start again.",
                cause);
    }
}
