package cn.qingyang.assistance.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The access log's key: what a start refuses, in Chinese, and what it takes. */
public class AccessLogKeyTest {

    /** The demo profile's published key, as application.yaml has it (kept in step by this test). */
    public static final String DEMO = "ZGVtby1vbmx5LWFjY2Vzcy1sb2cta2V5LW5vdC1mb3ItcHJvZHVjdGlvbg==";

    static final String GOOD = Base64.getEncoder().encodeToString("a-county-key-of-at-least-32-bytes".getBytes(StandardCharsets.US_ASCII));

    @Test
    void noKeyNoStart() {
        assertThatThrownBy(() -> AccessLog.key(" ", false)).isInstanceOf(AccessLogKeyException.class)
                .hasMessageContaining("QINGYANG_ACCESS_LOG_KEY").hasMessageContaining("拒绝启动");
    }

    @Test
    void theDemoKeyIsTheOneTheDemoProfilePublishes() throws Exception {
        String yaml = new String(getClass().getResourceAsStream("/application.yaml").readAllBytes(), StandardCharsets.UTF_8);
        assertThat(yaml).contains("${QINGYANG_ACCESS_LOG_KEY:" + DEMO + "}");
        assertThat(AccessLog.DEMO_KEY).isEqualTo(DEMO);
    }

    @Test
    void theDemoKeyIsRefusedInProductionOnly() {
        assertThatThrownBy(() -> AccessLog.key(AccessLog.DEMO_KEY, true)).isInstanceOf(AccessLogKeyException.class)
                .hasMessageContaining("演示密钥");
        assertThat(AccessLog.key(AccessLog.DEMO_KEY, false).getAlgorithm()).isEqualTo("HmacSHA256");
    }

    @Test
    void aShortOrMalformedKeyIsRefused() {
        assertThatThrownBy(() -> AccessLog.key(Base64.getEncoder().encodeToString(new byte[16]), true))
                .isInstanceOf(AccessLogKeyException.class).hasMessageContaining("至少需要 32 字节");
        assertThatThrownBy(() -> AccessLog.key("not base64 at all!", true))
                .isInstanceOf(AccessLogKeyException.class).hasMessageContaining("Base64");
        assertThat(AccessLog.key(GOOD, true).getEncoded()).hasSize(33);
    }
}
