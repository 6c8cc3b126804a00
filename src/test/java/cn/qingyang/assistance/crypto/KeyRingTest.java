package cn.qingyang.assistance.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    private static final String DATA = TestKeys.key("k1", 16);
    private static final String INDEX = TestKeys.key("i1", 32);

    @Test
    void aCompleteConfigurationIsAccepted() {
        KeyRing ring = KeyRing.of(new CryptoProperties("k1", Map.of("k1", DATA), "i1", Map.of("i1", INDEX), 500));
        assertThat(ring.currentDataKey).isEqualTo("k1");
        assertThat(ring.dataKeys.get("k1")).hasSize(16);
    }

    @Test
    void anEmptyValueRemovesAKey() {
        KeyRing ring = KeyRing.of(new CryptoProperties("k2", Map.of("k1", "", "k2", DATA), "i1", Map.of("i1", INDEX), 500));
        assertThat(ring.dataKeys).containsOnlyKeys("k2");
        assertRefused(new CryptoProperties("k1", Map.of("k1", " "), "i1", Map.of("i1", INDEX), 500), "未配置数据加密密钥");
        assertRefused(new CryptoProperties("k1", Map.of("k1", "", "k2", DATA), "i1", Map.of("i1", INDEX), 500),
                "当前数据加密密钥 k1 不在");
    }

    @Test
    void everyMistakeIsNamedInChinese() {
        assertRefused(new CryptoProperties(null, Map.of(), "i1", Map.of("i1", INDEX), 500),
                "未配置数据加密密钥", "QINGYANG_CRYPTO_DATAKEYS_K2026");
        assertRefused(new CryptoProperties(null, Map.of("k1", DATA), "i1", Map.of("i1", INDEX), 500),
                "未指定当前数据加密密钥", "QINGYANG_CRYPTO_CURRENTDATAKEY");
        assertRefused(new CryptoProperties("k9", Map.of("k1", DATA), "i1", Map.of("i1", INDEX), 500),
                "当前数据加密密钥 k9 不在", "k1");
        assertRefused(new CryptoProperties("k1", Map.of("k1", "not base64!"), "i1", Map.of("i1", INDEX), 500),
                "不是有效的 base64");
        assertRefused(new CryptoProperties("k1", Map.of("k1", INDEX), "i1", Map.of("i1", INDEX), 500),
                "长度为 32 字节，应为 16 字节");
        assertRefused(new CryptoProperties("k1", Map.of("k1", DATA), "i1", Map.of("i1", DATA), 500),
                "长度为 16 字节，应为 至少 32 字节");
        assertRefused(new CryptoProperties("K_1", Map.of("K_1", DATA), "i1", Map.of("i1", INDEX), 500),
                "编号“K_1”无效");
        assertRefused(new CryptoProperties("k1", Map.of("k1", DATA), null, Map.of("i1", INDEX), 500),
                "未指定当前检索索引密钥");
        String indexStartingWithTheDataKey = java.util.Base64.getEncoder().encodeToString(
                java.nio.ByteBuffer.allocate(32).put(java.util.Base64.getDecoder().decode(DATA)).array());
        assertRefused(new CryptoProperties("k1", Map.of("k1", DATA), "i1", Map.of("i1", indexStartingWithTheDataKey), 500),
                "两类密钥必须各自独立生成");
    }

    @Test
    void theDemoProfileCarriesExactlyTheDemoKeysTheProdProfileRefuses() throws Exception {
        String yaml = Files.readString(Path.of("src/main/resources/application.yaml"), StandardCharsets.UTF_8);
        assertThat(yaml).contains("demo: " + DemoKeys.DATA_KEY).contains("demo: " + DemoKeys.INDEX_KEY);
        KeyRing demo = KeyRing.of(new CryptoProperties("demo", Map.of("demo", DemoKeys.DATA_KEY), "demo",
                Map.of("demo", DemoKeys.INDEX_KEY), 500));
        assertThat(demo.currentIndexKey).isEqualTo("demo");
    }

    private static void assertRefused(CryptoProperties properties, String... fragments) {
        var thrown = assertThatThrownBy(() -> KeyRing.of(properties)).isInstanceOf(DataKeyException.class)
                .hasMessageContaining("拒绝启动");
        for (String fragment : fragments) {
            thrown.hasMessageContaining(fragment);
        }
    }
}
