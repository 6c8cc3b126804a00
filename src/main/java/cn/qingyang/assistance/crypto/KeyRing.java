package cn.qingyang.assistance.crypto;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The configured keys, checked: every id well-formed, every key of the right length, the current
 * ones present. The only place that reads {@link CryptoProperties}' key material.
 */
final class KeyRing {

    static final int DATA_KEY_BYTES = 16;
    static final int MIN_INDEX_KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,16}");

    final String currentDataKey;
    final Map<String, byte[]> dataKeys;
    final String currentIndexKey;
    final Map<String, byte[]> indexKeys;

    private KeyRing(String currentDataKey, Map<String, byte[]> dataKeys, String currentIndexKey,
                    Map<String, byte[]> indexKeys) {
        this.currentDataKey = currentDataKey;
        this.dataKeys = dataKeys;
        this.currentIndexKey = currentIndexKey;
        this.indexKeys = indexKeys;
    }

    /** @throws DataKeyException with a Chinese reason naming the property to set */
    static KeyRing of(CryptoProperties properties) {
        Map<String, byte[]> data = keys(properties.dataKeys(), "qingyang.crypto.data-keys", "数据加密密钥（SM4）",
                DATA_KEY_BYTES, DATA_KEY_BYTES);
        Map<String, byte[]> index = keys(properties.indexKeys(), "qingyang.crypto.index-keys", "检索索引密钥（HMAC-SM3）",
                MIN_INDEX_KEY_BYTES, Integer.MAX_VALUE);
        String current = current(properties.currentDataKey(), data, "qingyang.crypto.current-data-key",
                "qingyang.crypto.data-keys", "数据加密密钥");
        String currentIndex = current(properties.currentIndexKey(), index, "qingyang.crypto.current-index-key",
                "qingyang.crypto.index-keys", "检索索引密钥");
        for (Map.Entry<String, byte[]> d : data.entrySet()) {
            for (Map.Entry<String, byte[]> i : index.entrySet()) {
                if (java.util.Arrays.equals(d.getValue(), 0, DATA_KEY_BYTES, i.getValue(), 0, DATA_KEY_BYTES)) {
                    throw new DataKeyException("检索索引密钥 " + i.getKey() + " 与数据加密密钥 " + d.getKey()
                            + " 相同（或以其开头）：两类密钥必须各自独立生成。");
                }
            }
        }
        return new KeyRing(current, Collections.unmodifiableMap(data), currentIndex, Collections.unmodifiableMap(index));
    }

    private static Map<String, byte[]> keys(Map<String, String> configured, String property, String label,
                                            int minBytes, int maxBytes) {
        if (configured == null || configured.values().stream().allMatch(v -> v == null || v.isBlank())) {
            throw new DataKeyException("未配置" + label + "：请设置 " + property + ".<密钥编号>=<base64 密钥>"
                    + "（环境变量如 " + envName(property) + "_K2026）。");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        configured.forEach((id, base64) -> {
            if (base64 == null || base64.isBlank()) {
                return; // an empty value removes a key (e.g. one a profile's configuration names)
            }
            if (!KEY_ID.matcher(id).matches()) {
                throw new DataKeyException(label + "编号“" + id + "”无效：只能用 1-16 位小写字母和数字（如 k2026）。");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(base64.trim());
            } catch (IllegalArgumentException e) {
                throw new DataKeyException(label + " " + id + " 不是有效的 base64 文本：" + property + "." + id + "。");
            }
            if (key.length < minBytes || key.length > maxBytes) {
                throw new DataKeyException(label + " " + id + " 长度为 " + key.length + " 字节，应为 "
                        + (minBytes == maxBytes ? minBytes + " 字节" : "至少 " + minBytes + " 字节")
                        + "（如 openssl rand -base64 " + minBytes + " 生成）。");
            }
            keys.put(id, key);
        });
        return keys;
    }

    private static String current(String id, Map<String, byte[]> keys, String property, String keysProperty, String label) {
        if (id == null || id.isBlank()) {
            throw new DataKeyException("未指定当前" + label + "：请设置 " + property + "（环境变量 " + envName(property)
                    + "），其值为 " + keysProperty + " 中的一个编号。");
        }
        if (!keys.containsKey(id)) {
            throw new DataKeyException("当前" + label + " " + id + " 不在 " + keysProperty + " 中：已配置的编号为 "
                    + String.join("、", keys.keySet()) + "。");
        }
        return id;
    }

    static String envName(String property) {
        return property.replace("-", "").replace('.', '_').toUpperCase(java.util.Locale.ROOT);
    }
}
