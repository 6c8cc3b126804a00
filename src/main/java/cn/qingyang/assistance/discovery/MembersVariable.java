package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.household.HouseholdMemberRows.ID_NUMBER;
import static cn.qingyang.assistance.household.HouseholdMemberRows.ID_NUMBER_SEALED;

import cn.qingyang.assistance.crypto.FieldCipher;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The visit form's member rows as a process variable ({@link DiscoveryCaseProcess#HOUSEHOLD_MEMBERS}):
 * a Json variable, which Tasklist's Camunda Forms read into a dynamic list and send back as Json.
 * A full ID number typed into a row is sealed with the data key as soon as the completion is
 * checked, so the engine's tables never keep one; the step after the task opens it again.
 */
final class MembersVariable {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {
    };

    private MembersVariable() {
    }

    /** The rows of the variable as it arrived: Json (Tasklist), JSON text (REST as String) or a Java list (tests). */
    static List<Map<String, Object>> rows(Object value) {
        if (value == null) {
            return List.of();
        }
        try {
            return value instanceof List<?> list ? JSON.convertValue(list, ROWS) : JSON.readValue(value.toString(), ROWS);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return List.of(Map.of()); // not a list of rows: refused as a row without anything in it
        }
    }

    static JsonValue json(Object rows) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("household members could not be written as JSON", e);
        }
    }

    /** Every typed number sealed into {@code idNumberSealed}, its plaintext blanked. */
    static List<Map<String, Object>> sealed(List<Map<String, Object>> rows, FieldCipher cipher) {
        List<Map<String, Object>> sealed = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            Object typed = row.get(ID_NUMBER);
            if (typed != null && !typed.toString().isBlank()) {
                copy.put(ID_NUMBER_SEALED, cipher.seal(typed.toString().strip()));
            }
            copy.put(ID_NUMBER, "");
            sealed.add(copy);
        }
        return sealed;
    }

    /** The sealed numbers opened into {@code idNumber} again, for the check and the record. */
    static List<Map<String, Object>> opened(List<Map<String, Object>> rows, FieldCipher cipher) {
        List<Map<String, Object>> opened = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            Object sealed = copy.remove(ID_NUMBER_SEALED);
            Object typed = row.get(ID_NUMBER);
            if ((typed == null || typed.toString().isBlank()) && sealed != null && FieldCipher.isSealed(sealed.toString())) {
                try {
                    copy.put(ID_NUMBER, cipher.open(sealed.toString()));
                } catch (RuntimeException e) {
                    // not sealed with our keys (the cipher refuses it): as if no number had been typed
                }
            }
            opened.add(copy);
        }
        return opened;
    }
}
