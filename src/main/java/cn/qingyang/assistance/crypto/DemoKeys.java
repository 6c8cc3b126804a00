package cn.qingyang.assistance.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The demo profile's keys, written in application.yaml for everyone to read: DEMO ONLY, never for
 * real data. The prod profile refuses to start with either of them ({@link ProdDataKeyCheck}).
 */
public final class DemoKeys {

    /** SM4 data key, id {@code demo}: the 16 ASCII bytes "QINGYANG-DEMO-K1". */
    public static final String DATA_KEY = Base64.getEncoder()
            .encodeToString("QINGYANG-DEMO-K1".getBytes(StandardCharsets.US_ASCII));
    /** HMAC-SM3 index key, id {@code demo}: "QINGYANG-DEMO-INDEX-KEY-NOT-SECRET". */
    public static final String INDEX_KEY = Base64.getEncoder()
            .encodeToString("QINGYANG-DEMO-INDEX-KEY-NOT-SECRET".getBytes(StandardCharsets.US_ASCII));

    private DemoKeys() {
    }
}
