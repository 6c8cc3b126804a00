package cn.qingyang.assistance.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlindIndexTest {

    static final String ID_NUMBER = "341723194601050119";

    @Test
    void equalNumbersGiveEqualIndexesThatNameTheirKeyAndHideTheNumber() {
        BlindIndex index = new BlindIndex(TestKeys.properties("k1", "i1"));
        String value = index.of(ID_NUMBER);
        assertThat(value).isEqualTo(index.of(ID_NUMBER)).startsWith("i1:").doesNotContain(ID_NUMBER);
        assertThat(value).hasSize("i1:".length() + 43).as("32 bytes of HMAC-SM3, base64url");
        assertThat(index.of("341723194601050127")).isNotEqualTo(value);
    }

    @Test
    void theIndexDependsOnTheKey() {
        assertThat(new BlindIndex(TestKeys.properties("k1", "i1")).of(ID_NUMBER).substring(3))
                .isNotEqualTo(new BlindIndex(TestKeys.properties("k1", "i2")).of(ID_NUMBER).substring(3));
    }

    @Test
    void isHmacSm3OfTheNumber() throws Exception {
        // an independent computation: BouncyCastle's JCA provider, HmacSM3
        byte[] key = java.util.Base64.getDecoder().decode(TestKeys.key("i1", 32));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HMACSM3", new org.bouncycastle.jce.provider.BouncyCastleProvider());
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "HMACSM3"));
        String expected = "i1:" + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(ID_NUMBER.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(new BlindIndex(TestKeys.properties("k1", "i1")).of(ID_NUMBER)).isEqualTo(expected);
    }

    @Test
    void duringAnIndexKeyRotationALookUpAsksForBothIndexesTheCurrentFirst() {
        BlindIndex old = new BlindIndex(TestKeys.properties("k1", "i1"));
        BlindIndex rotating = new BlindIndex(TestKeys.properties(new String[] {"k1"}, new String[] {"i2", "i1"}, 500));
        assertThat(rotating.candidates(ID_NUMBER)).containsExactly(rotating.of(ID_NUMBER), old.of(ID_NUMBER));
        assertThat(rotating.of(ID_NUMBER)).startsWith("i2:").startsWith(rotating.currentPrefix());
    }
}
