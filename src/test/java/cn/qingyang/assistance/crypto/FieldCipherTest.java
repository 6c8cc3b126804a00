package cn.qingyang.assistance.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    static final String ID_NUMBER = "341723194601050119";

    private final FieldCipher cipher = new FieldCipher(TestKeys.properties("k1", "i1"));

    @Test
    void aSealedValueOpensToTheSameTextAndShowsNothingOfIt() {
        String sealed = cipher.seal(ID_NUMBER);
        assertThat(sealed).startsWith("v1:k1:").doesNotContain(ID_NUMBER).doesNotContain("3417231946");
        assertThat(cipher.open(sealed)).isEqualTo(ID_NUMBER);
        assertThat(cipher.open(cipher.seal("0566-5012345"))).isEqualTo("0566-5012345");
        assertThat(cipher.open(cipher.seal("张三 ☎"))).isEqualTo("张三 ☎");
        assertThat(cipher.seal(null)).isNull();
        assertThat(cipher.open(null)).isNull();
    }

    @Test
    void theSameValueIsSealedDifferentlyEachTimeWithAFresh96BitIv() {
        String first = cipher.seal(ID_NUMBER);
        String second = cipher.seal(ID_NUMBER);
        assertThat(first).isNotEqualTo(second);
        byte[] raw = Base64.getDecoder().decode(first.substring("v1:k1:".length()));
        assertThat(raw).hasSize(12 + ID_NUMBER.length() + 16);
    }

    @Test
    void theStoredFormNamesItsKeyAndFitsTheColumns() {
        String sealed = cipher.seal("1".repeat(100));
        assertThat(FieldCipher.keyIdOf(sealed)).isEqualTo("k1");
        assertThat(FieldCipher.isSealed(sealed)).isTrue();
        assertThat(FieldCipher.isSealed(ID_NUMBER)).isFalse();
        assertThat(sealed.length()).as("VARCHAR(200) holds a sealed 100-character recipient").isLessThanOrEqualTo(200);
        assertThat(cipher.seal(ID_NUMBER).length()).isLessThan(100);
    }

    @Test
    void anyChangedByteIsDetected() {
        String sealed = cipher.seal(ID_NUMBER);
        byte[] raw = Base64.getDecoder().decode(sealed.substring(6));
        for (int i = 0; i < raw.length; i++) {
            byte[] tampered = raw.clone();
            tampered[i] ^= 0x01;
            String altered = "v1:k1:" + Base64.getEncoder().encodeToString(tampered);
            assertThatThrownBy(() -> cipher.open(altered)).as("byte " + i)
                    .isInstanceOf(SealedValueException.class).hasMessageContaining("校验失败");
        }
    }

    @Test
    void aValueOpensOnlyWithTheKeyItWasSealedWith() {
        String sealed = cipher.seal(ID_NUMBER);
        // another key under the same id (a wrong key configured)
        CryptoProperties other = new CryptoProperties("k1", java.util.Map.of("k1", TestKeys.key("other", 16)), "i1",
                java.util.Map.of("i1", TestKeys.key("i1", 32)), 500);
        assertThatThrownBy(() -> new FieldCipher(other).open(sealed))
                .isInstanceOf(SealedValueException.class).hasMessageContaining("校验失败");
        // the header is authenticated: the value moved to another key id does not open either
        FieldCipher both = new FieldCipher(TestKeys.properties(new String[] {"k1", "k2"}, new String[] {"i1"}, 500));
        assertThatThrownBy(() -> both.open(sealed.replace("v1:k1:", "v1:k2:")))
                .isInstanceOf(SealedValueException.class).hasMessageContaining("校验失败");
    }

    @Test
    void aValueSealedWithAKeyNoLongerConfiguredSaysWhichKeyIsMissing() {
        String sealed = cipher.seal(ID_NUMBER);
        FieldCipher rotatedAndOldKeyRemoved = new FieldCipher(TestKeys.properties("k2", "i1"));
        assertThatThrownBy(() -> rotatedAndOldKeyRemoved.open(sealed))
                .isInstanceOf(SealedValueException.class).hasMessageContaining("密钥 k1").hasMessageContaining("data-keys.k1");
    }

    @Test
    void duringARotationOldAndNewValuesBothOpen() {
        String old = cipher.seal(ID_NUMBER);
        FieldCipher rotating = new FieldCipher(TestKeys.properties(new String[] {"k2", "k1"}, new String[] {"i1"}, 500));
        String current = rotating.seal(ID_NUMBER);
        assertThat(current).startsWith("v1:k2:").startsWith(rotating.currentPrefix());
        assertThat(rotating.open(old)).isEqualTo(ID_NUMBER);
        assertThat(rotating.open(current)).isEqualTo(ID_NUMBER);
    }

    @Test
    void plaintextIsNotTakenForASealedValue() {
        assertThatThrownBy(() -> cipher.open(ID_NUMBER)).isInstanceOf(SealedValueException.class)
                .hasMessageContaining("不是加密存储格式");
        assertThatThrownBy(() -> cipher.open("v1:k1:***")).isInstanceOf(SealedValueException.class)
                .hasMessageContaining("已损坏");
    }
}
