package cn.qingyang.assistance.crypto;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The keys as an operator sets them: environment variables, as docs/security-encryption.md says. */
class ProdDataKeyCheckTest {

    private static StandardEnvironment prodWith(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        environment.setActiveProfiles("prod");
        return environment;
    }

    private static Map<String, Object> operatorsKeys() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("QINGYANG_CRYPTO_CURRENTDATAKEY", "k2027");
        variables.put("QINGYANG_CRYPTO_DATAKEYS_K2027", TestKeys.key("k2027", 16));
        variables.put("QINGYANG_CRYPTO_DATAKEYS_K2026", TestKeys.key("k2026", 16));
        variables.put("QINGYANG_CRYPTO_CURRENTINDEXKEY", "i2026");
        variables.put("QINGYANG_CRYPTO_INDEXKEYS_I2026", TestKeys.key("i2026", 32));
        return variables;
    }

    @Test
    void keysFromEnvironmentVariablesAreAccepted() {
        assertThatCode(() -> new ProdDataKeyCheck().postProcessEnvironment(prodWith(operatorsKeys()), new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void withoutAnIndexKeyProdDoesNotStart() {
        Map<String, Object> variables = operatorsKeys();
        variables.remove("QINGYANG_CRYPTO_INDEXKEYS_I2026");
        assertThatThrownBy(() -> new ProdDataKeyCheck().postProcessEnvironment(prodWith(variables), new SpringApplication()))
                .isInstanceOf(DataKeyException.class).hasMessageContaining("未配置检索索引密钥");
    }

    @Test
    void theDemoIndexKeyIsRefusedInProd() {
        Map<String, Object> variables = operatorsKeys();
        variables.put("QINGYANG_CRYPTO_INDEXKEYS_I2026", DemoKeys.INDEX_KEY);
        assertThatThrownBy(() -> new ProdDataKeyCheck().postProcessEnvironment(prodWith(variables), new SpringApplication()))
                .isInstanceOf(DataKeyException.class).hasMessageContaining("不得使用演示密钥");
    }

    @Test
    void otherProfilesAreLeftToTheBeansThatNeedTheKeys() {
        StandardEnvironment demo = prodWith(Map.of());
        demo.setActiveProfiles("demo");
        assertThatCode(() -> new ProdDataKeyCheck().postProcessEnvironment(demo, new SpringApplication()))
                .doesNotThrowAnyException();
    }
}
