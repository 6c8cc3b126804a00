package cn.qingyang.assistance.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.junit.jupiter.api.Test;

/** The case summary's shape: what forms read, absent values left out, and the summary of an older case. */
class CaseSummaryTest {

    private final CaseSummary summary = new CaseSummary("乔木乡", null, "周桂英", "341723********0119", "本地户籍", null,
            "village_sweep", "村级摸排走访", "独居老人");

    @Test
    void isAJsonVariableWithoutTheAbsentValues() {
        SerializableValue value = (SerializableValue) summary.asVariable();

        assertThat(value.getType().getName()).isEqualTo("json");
        assertThat(value.getValueSerialized()).isEqualTo("{\"townshipName\":\"乔木乡\",\"personName\":\"周桂英\","
                + "\"idNumberMasked\":\"341723********0119\",\"householdRegistrationLabel\":\"本地户籍\","
                + "\"channel\":\"village_sweep\",\"channelLabel\":\"村级摸排走访\",\"description\":\"独居老人\"}");
        assertThat(CaseSummary.KEYS).containsAll(summary.asMap().keySet()).contains("villageName", "phone");
    }

    @Test
    void theTaskListTitleNamesTheVillageOrElseTheTownship() {
        assertThat(summary.title()).isEqualTo("周桂英（乔木乡）");
        assertThat(new CaseSummary("乔木乡", "凌塘村", "周桂英", null, null, null, null, null, null).title())
                .isEqualTo("周桂英（凌塘村）");
    }

    @Test
    void aCaseRegisteredBeforeTheSummaryGetsOneFromItsPlainVariables() {
        Map<String, Object> plain = Map.of("townshipName", "乔木乡", "villageName", "凌塘村", "personName", "吴德胜",
                "idNumberMasked", "341723********021X", "phone", "13955661234", "channelLabel", "12345 热线",
                "caseNumber", "341723200-202611-0001");

        CaseSummary older = CaseSummary.fromPlainVariables(plain::get);

        assertThat(older.asMap()).containsOnlyKeys("townshipName", "villageName", "personName", "idNumberMasked", "phone",
                "channelLabel").containsEntry("personName", "吴德胜").containsEntry("phone", "13955661234");
    }
}
