package cn.qingyang.assistance.crypto;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The blind index of an ID number: HMAC-SM3 under a key of its own, {@code <keyId>:<base64url>}.
 * Equal numbers give equal indexes, so the unique constraint and the look-ups work on it without
 * the number being stored in clear; without the key it cannot be reversed by trying the (few)
 * possible ID numbers. While an index key is being replaced, a look-up asks for the index under
 * every configured key ({@link #candidates}).
 */
@Component
public class BlindIndex {

    private final KeyRing keys;

    @Autowired
    public BlindIndex(CryptoProperties properties) {
        this(KeyRing.of(properties));
    }

    BlindIndex(KeyRing keys) {
        this.keys = keys;
    }

    /** The index under the current key: what is stored. */
    public String of(String value) {
        return index(keys.currentIndexKey, keys.indexKeys.get(keys.currentIndexKey), value);
    }

    /** The index under every configured key, the current one first: what a look-up asks for. */
    public List<String> candidates(String value) {
        List<String> all = new ArrayList<>();
        all.add(of(value));
        for (Map.Entry<String, byte[]> key : keys.indexKeys.entrySet()) {
            if (!key.getKey().equals(keys.currentIndexKey)) {
                all.add(index(key.getKey(), key.getValue(), value));
            }
        }
        return all;
    }

    /** The ids of every configured index key. */
    public java.util.Set<String> keyIds() {
        return keys.indexKeys.keySet();
    }

    /** The prefix every index under the current key starts with. */
    public String currentPrefix() {
        return keys.currentIndexKey + ":";
    }

    private static String index(String keyId, byte[] key, String value) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        byte[] input = value.getBytes(StandardCharsets.UTF_8);
        mac.update(input, 0, input.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return keyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }
}
