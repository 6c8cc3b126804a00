package cn.qingyang.assistance.crypto;

import java.util.Base64;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In the {@code prod} profile the application starts only with real keys: a current SM4 data key
 * and a current HMAC index key from the environment (or an operator's configuration file), well
 * formed, and neither of them the demo profile's published keys. Checked before any bean exists,
 * like the administrator's password (security.ProdAdminPasswordCheck).
 */
public class ProdDataKeyCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        CryptoProperties properties = Binder.get(environment).bind("qingyang.crypto", CryptoProperties.class)
                .orElseGet(() -> new CryptoProperties(null, Map.of(), null, Map.of(), 500));
        KeyRing.of(properties);
        refuseDemoKey(properties.dataKeys(), DemoKeys.DATA_KEY, "qingyang.crypto.data-keys");
        refuseDemoKey(properties.indexKeys(), DemoKeys.INDEX_KEY, "qingyang.crypto.index-keys");
    }

    private static void refuseDemoKey(Map<String, String> keys, String demo, String property) {
        byte[] demoBytes = Base64.getDecoder().decode(demo);
        keys.forEach((id, key) -> {
            if (key == null || key.isBlank()) {
                return;
            }
            if (id.startsWith("demo") || java.util.Arrays.equals(Base64.getDecoder().decode(key.trim()), demoBytes)) {
                throw new DataKeyException("生产环境不得使用演示密钥（" + property + "." + id
                        + "）：演示密钥人人可见，请为本县生成自己的密钥。");
            }
        });
    }
}
