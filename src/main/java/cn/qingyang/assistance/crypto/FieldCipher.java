package cn.qingyang.assistance.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Field-level encryption of ID numbers and phone numbers: SM4 (GB/T 32907) in GCM mode, a random
 * 96-bit IV per value, a 128-bit tag. The stored form names its key, so rows written with an old
 * key stay readable while they are re-encrypted ({@link DataKeyRotation}):
 * {@code v1:<keyId>:<base64(iv || ciphertext || tag)>}. The header is the associated data: a value
 * moved to another key id, or changed in any byte, fails to open.
 */
@Component
public class FieldCipher {

    static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyRing keys;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    public FieldCipher(CryptoProperties properties) {
        this(KeyRing.of(properties));
    }

    FieldCipher(KeyRing keys) {
        this.keys = keys;
    }

    /** The stored form of a value (null stays null). */
    public String seal(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        String header = VERSION + ":" + keys.currentDataKey + ":";
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        GCMModeCipher gcm = gcm(true, keys.dataKeys.get(keys.currentDataKey), iv, header);
        byte[] input = plaintext.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[IV_BYTES + gcm.getOutputSize(input.length)];
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        int n = gcm.processBytes(input, 0, input.length, out, IV_BYTES);
        try {
            gcm.doFinal(out, IV_BYTES + n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("SM4-GCM encryption failed", e);
        }
        return header + Base64.getEncoder().encodeToString(out);
    }

    /**
     * The plaintext of a stored value (null stays null).
     *
     * @throws SealedValueException if the value is not in the stored form, names a key that is not
     *                              configured, or was altered
     */
    public String open(String stored) {
        if (stored == null) {
            return null;
        }
        String keyId = keyIdOf(stored);
        byte[] key = keys.dataKeys.get(keyId);
        if (key == null) {
            throw new SealedValueException("数据用密钥 " + keyId + " 加密，但配置中没有该密钥（qingyang.crypto.data-keys."
                    + keyId + "）：轮换完成前不能删除旧密钥。");
        }
        String header = VERSION + ":" + keyId + ":";
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(stored.substring(header.length()));
        } catch (IllegalArgumentException e) {
            throw new SealedValueException("加密数据已损坏（不是有效的 base64）。");
        }
        if (sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new SealedValueException("加密数据已损坏（长度不足）。");
        }
        GCMModeCipher gcm = gcm(false, key, Arrays.copyOf(sealed, IV_BYTES), header);
        byte[] out = new byte[gcm.getOutputSize(sealed.length - IV_BYTES)];
        int n = gcm.processBytes(sealed, IV_BYTES, sealed.length - IV_BYTES, out, 0);
        try {
            n += gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new SealedValueException("加密数据校验失败：数据被改动，或密钥 " + keyId + " 与加密时所用的不同。");
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    /** True if the value is in the stored form (whatever its key). */
    public static boolean isSealed(String value) {
        return value != null && value.startsWith(VERSION + ":") && value.indexOf(':', VERSION.length() + 1) > 0;
    }

    /** The key id a stored value names. */
    public static String keyIdOf(String stored) {
        if (!isSealed(stored)) {
            throw new SealedValueException("数据不是加密存储格式（" + VERSION + ":<密钥编号>:<密文>）。");
        }
        return stored.substring(VERSION.length() + 1, stored.indexOf(':', VERSION.length() + 1));
    }

    /** The ids of every configured data key. */
    public java.util.Set<String> keyIds() {
        return keys.dataKeys.keySet();
    }

    /** The id of the key new values are sealed with. */
    public String currentKeyId() {
        return keys.currentDataKey;
    }

    /** The prefix every value sealed with the current key starts with (for SQL LIKE: ids are [a-z0-9]). */
    public String currentPrefix() {
        return VERSION + ":" + keys.currentDataKey + ":";
    }

    private static GCMModeCipher gcm(boolean encrypt, byte[] key, byte[] iv, String header) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, iv,
                header.getBytes(StandardCharsets.US_ASCII)));
        return gcm;
    }
}
