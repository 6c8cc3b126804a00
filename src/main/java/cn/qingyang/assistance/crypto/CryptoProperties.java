package cn.qingyang.assistance.crypto;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys of the field encryption (docs/security-encryption.md). Key ids are lower-case letters and
 * digits (they are written into every stored value); keys are base64: 16 bytes for SM4 data keys,
 * at least 32 bytes for the HMAC-SM3 index keys. From the environment, e.g.
 * {@code QINGYANG_CRYPTO_CURRENTDATAKEY=k2027}, {@code QINGYANG_CRYPTO_DATAKEYS_K2027=<base64>}.
 *
 * @param currentDataKey    the data key new values are encrypted with
 * @param dataKeys          every data key still needed to read stored values (old ones during a rotation)
 * @param currentIndexKey   the index key new blind indexes are computed with
 * @param indexKeys         every index key whose indexes may still be stored
 * @param rotationBatchSize rows re-encrypted per transaction by the background rotation
 */
@ConfigurationProperties("qingyang.crypto")
public record CryptoProperties(String currentDataKey, @DefaultValue Map<String, String> dataKeys,
                               String currentIndexKey, @DefaultValue Map<String, String> indexKeys,
                               @DefaultValue("500") int rotationBatchSize) {
}
