package cn.qingyang.assistance.householdfile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.oversight.spotcheck.SpotCheckService;
import cn.qingyang.assistance.workflow.Choices;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The file names a code as the person who chose it read it: the labels of the household file are
 * the forms' own (a label changed in a form in Modeler is a label changed here too, or this fails),
 * and the spot check's. ID numbers and phones are masked for everyone but the county.
 */
class FileLabelsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The values (code → label) of the form field with this key. */
    static Map<String, String> formValues(String form, String key) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        find(JSON.readTree(Path.of("forms", form).toFile()), key, values);
        assertThat(values).as("%s has a field %s with values", form, key).isNotEmpty();
        return values;
    }

    private static void find(JsonNode node, String key, Map<String, String> values) {
        if (node.has("key") && key.equals(node.get("key").asText()) && node.has("values")) {
            node.get("values").forEach(v -> values.put(v.get("value").asText(), v.get("label").asText()));
        }
        node.path("components").forEach(child -> find(child, key, values));
    }

    static Map<String, String> of(Choices choices) {
        Map<String, String> labels = new LinkedHashMap<>();
        choices.codes().forEach(code -> labels.put(code, choices.label(code)));
        return labels;
    }

    @Test
    void theFileNamesEveryCodeAsItsFormDoes() throws IOException {
        assertThat(of(FileLabels.HARDSHIP_DEGREE)).isEqualTo(formValues("visit-household.form", "hardshipDegree"));
        assertThat(of(FileLabels.SELF_HELP)).isEqualTo(formValues("visit-household.form", "selfHelpCapacity"));
        assertThat(of(FileLabels.CONCLUSION)).isEqualTo(formValues("visit-household.form", "investigationConclusion"));
        assertThat(of(FileLabels.FOLLOW_UP_OUTCOME)).isEqualTo(formValues("follow-up-visit.form", "followUpOutcome"));
        Map<String, String> referral = of(FileLabels.REFERRAL_STATUS);
        referral.remove("OPEN"); // not an answer: the department has not answered yet
        assertThat(referral).isEqualTo(formValues("answer-referral.form", "referralResult"));
    }

    @Test
    void theFileNamesSpotChecksAsTheSpotCheckDoes() {
        assertThat(of(FileLabels.SPOT_CHECK_OUTCOME)).isEqualTo(SpotCheckService.OUTCOME_LABELS);
        SpotCheckService.KIND_LABELS.forEach((code, label) -> assertThat(FileLabels.label(FileLabels.DECISION_KIND, code))
                .as(code).isEqualTo(label));
    }

    @Test
    void anUnknownCodeIsShownAsItIsNeverDropped() {
        assertThat(FileLabels.label(FileLabels.CATEGORY, "NEW_KIND")).isEqualTo("NEW_KIND");
        assertThat(FileLabels.labels(FileLabels.CAUSES, "01,03,42")).isEqualTo("因病、因残、42");
        assertThat(FileLabels.channel("village_sweep")).isEqualTo("村级摸排走访");
        assertThat(FileLabels.department("dept-medical")).isNotEqualTo("dept-medical");
        assertThat(FileLabels.registration("NON_LOCAL")).isEqualTo("非本地户籍");
    }

    @Test
    void numbersAreMaskedForEveryoneButTheCounty() {
        String id = cn.qingyang.assistance.TestIdNumbers.withCheckDigit("34292319441115001");
        assertThat(HouseholdFiles.idNumber(id, true)).isEqualTo(id);
        assertThat(HouseholdFiles.idNumber(id, false)).isEqualTo("342923********001" + id.charAt(17));
        assertThat(HouseholdFiles.idNumber("12345", false)).as("a number that is not valid is never shown whole")
                .isEqualTo("******************");
        assertThat(HouseholdFiles.maskedPhone("13800001234")).isEqualTo("138****1234");
        assertThat(HouseholdFiles.maskedPhone("12345")).isEqualTo("****");
        assertThat(HouseholdFiles.maskedPhone(null)).isNull();
    }
}
