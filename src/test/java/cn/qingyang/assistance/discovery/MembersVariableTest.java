package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.household.HouseholdMemberRows.ID_NUMBER;
import static cn.qingyang.assistance.household.HouseholdMemberRows.ID_NUMBER_SEALED;
import static cn.qingyang.assistance.household.HouseholdMemberRows.NAME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.crypto.CryptoProperties;
import cn.qingyang.assistance.crypto.FieldCipher;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The member list as a variable: read however it arrives, full numbers sealed, and opened again for the record. */
class MembersVariableTest {

    static final String NUMBER = "34172319500101001X";

    static FieldCipher cipher(String keyId, byte fill) {
        byte[] key = new byte[16];
        java.util.Arrays.fill(key, fill);
        byte[] index = new byte[32];
        java.util.Arrays.fill(index, (byte) (fill + 1));
        return new FieldCipher(new CryptoProperties(keyId, Map.of(keyId, Base64.getEncoder().encodeToString(key)), "i1",
                Map.of("i1", Base64.getEncoder().encodeToString(index)), 500));
    }

    static Map<String, Object> row(String name, String idNumber) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(NAME, name);
        row.put(ID_NUMBER, idNumber);
        return row;
    }

    @Test
    void theRowsAreReadAsTasklistAndTheRestApiSendThem() {
        assertThat(MembersVariable.rows("[{\"name\":\"王大山\",\"incomeTransfer\":900.5}]"))
                .containsExactly(Map.of(NAME, "王大山", "incomeTransfer", new java.math.BigDecimal("900.5")));
        assertThat(MembersVariable.rows(List.of(Map.of(NAME, "李秀英")))).containsExactly(Map.of(NAME, "李秀英"));
        assertThat(MembersVariable.rows(null)).isEmpty();
        assertThat(MembersVariable.rows("三口人")).as("not a list: one empty row, refused by the check").containsExactly(Map.of());
        assertThat(MembersVariable.rows("[1, 2]")).containsExactly(Map.of());
    }

    @Test
    void aTypedNumberIsSealedAndOpenedAgainAndNeverStaysInThePlain() {
        FieldCipher cipher = cipher("k1", (byte) 7);
        List<Map<String, Object>> sealed = MembersVariable.sealed(List.of(row("王小明", " " + NUMBER + " "), row("王大山", "")), cipher);

        assertThat(sealed.get(0)).containsEntry(ID_NUMBER, "").containsKey(ID_NUMBER_SEALED);
        assertThat(sealed.toString()).doesNotContain(NUMBER);
        assertThat(sealed.get(1)).doesNotContainKey(ID_NUMBER_SEALED);
        assertThat(MembersVariable.json(sealed).getValueSerialized()).doesNotContain(NUMBER);

        List<Map<String, Object>> opened = MembersVariable.opened(sealed, cipher);
        assertThat(opened.get(0)).containsEntry(ID_NUMBER, NUMBER).doesNotContainKey(ID_NUMBER_SEALED);
        assertThat(opened.get(1)).containsEntry(ID_NUMBER, "");
    }

    @Test
    void aSealedNumberNotOfOurKeysCountsAsNoNumber() {
        Map<String, Object> forged = row("王小明", "");
        forged.put(ID_NUMBER_SEALED, MembersVariable.sealed(List.of(row("王小明", NUMBER)), cipher("k9", (byte) 3)).get(0)
                .get(ID_NUMBER_SEALED));

        assertThat(MembersVariable.opened(List.of(forged), cipher("k1", (byte) 7)).get(0)).containsEntry(ID_NUMBER, "");
    }
}
