package cn.qingyang.assistance.crypto;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Key configurations for tests: key material derived from the id, so two rings agree on a key id. */
final class TestKeys {

    private TestKeys() {
    }

    static String key(String id, int bytes) {
        byte[] key = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            key[i] = (byte) (id.hashCode() * 31 + i * (bytes == 16 ? 7 : 13));
        }
        return Base64.getEncoder().encodeToString(key);
    }

    /** Current data key first, then older ones; current index key first, then older ones. */
    static CryptoProperties properties(String[] dataKeyIds, String[] indexKeyIds, int batchSize) {
        Map<String, String> data = new LinkedHashMap<>();
        for (String id : dataKeyIds) {
            data.put(id, key(id, 16));
        }
        Map<String, String> index = new LinkedHashMap<>();
        for (String id : indexKeyIds) {
            index.put(id, key(id, 32));
        }
        return new CryptoProperties(dataKeyIds[0], data, indexKeyIds[0], index, batchSize);
    }

    static CryptoProperties properties(String dataKeyId, String indexKeyId) {
        return properties(new String[] {dataKeyId}, new String[] {indexKeyId}, 500);
    }
}
