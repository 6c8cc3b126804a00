package cn.qingyang.assistance.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * What the forms of a case show and nothing routes on, as one Json process variable
 * ({@code DiscoveryCaseProcess.CASE_SUMMARY}): a registration writes one variable instead of
 * nine (issue 15 §9). Tasklist's Camunda Forms parse a Json variable into the form's data, so a
 * text view reads {@code {{caseSummary.personName}}}. IDs and flags that diagrams, decisions,
 * candidate groups and delegates read stay plain variables.
 *
 * <p>Process instances started before this variable existed keep their plain variables: their
 * tasks show the forms of their own deployment (form binding {@code deployment}), which read those.
 *
 * <p>The keys are the names the plain variables had, so a form's template changes only by the
 * {@code caseSummary.} prefix. Absent values (no village, no phone) are left out: FEEL reads them
 * as {@code null}.
 */
public record CaseSummary(String townshipName, String villageName, String personName, String idNumberMasked,
                          String householdRegistrationLabel, String phone, String channel, String channelLabel,
                          String description) {

    public static final String TOWNSHIP_NAME = "townshipName";
    public static final String VILLAGE_NAME = "villageName";
    public static final String PERSON_NAME = "personName";
    /** Masked, e.g. 341723********123X: full numbers stay in our tables. */
    public static final String ID_NUMBER_MASKED = "idNumberMasked";
    /** 户籍: 本地户籍 or 非本地户籍. */
    public static final String HOUSEHOLD_REGISTRATION_LABEL = "householdRegistrationLabel";
    public static final String PHONE = "phone";
    public static final String CHANNEL = "channel";
    public static final String CHANNEL_LABEL = "channelLabel";
    public static final String DESCRIPTION = "description";

    /** Every key a summary may hold: the model checks refuse a form that reads another. */
    public static final Set<String> KEYS = Set.of(TOWNSHIP_NAME, VILLAGE_NAME, PERSON_NAME, ID_NUMBER_MASKED,
            HOUSEHOLD_REGISTRATION_LABEL, PHONE, CHANNEL, CHANNEL_LABEL, DESCRIPTION);

    private static final ObjectMapper JSON = new ObjectMapper();

    static CaseSummary of(ValidReport report, String householdRegistrationLabel) {
        return new CaseSummary(report.township().name(), report.village() == null ? null : report.village().name(),
                report.name(), report.idNumber().masked(), householdRegistrationLabel, report.phone(),
                report.channel().code(), report.channel().label(), report.description());
    }

    /**
     * The summary of a case registered before issue 15, from its plain variables: for a process
     * started from such a case by key (the latest version, whose forms read the summary).
     */
    public static CaseSummary fromPlainVariables(Function<String, Object> variable) {
        Function<String, String> text = name -> variable.apply(name) == null ? null : variable.apply(name).toString();
        return new CaseSummary(text.apply(TOWNSHIP_NAME), text.apply(VILLAGE_NAME), text.apply(PERSON_NAME),
                text.apply(ID_NUMBER_MASKED), text.apply(HOUSEHOLD_REGISTRATION_LABEL), text.apply(PHONE),
                text.apply(CHANNEL), text.apply(CHANNEL_LABEL), text.apply(DESCRIPTION));
    }

    public Map<String, String> asMap() {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, TOWNSHIP_NAME, townshipName);
        put(values, VILLAGE_NAME, villageName);
        put(values, PERSON_NAME, personName);
        put(values, ID_NUMBER_MASKED, idNumberMasked);
        put(values, HOUSEHOLD_REGISTRATION_LABEL, householdRegistrationLabel);
        put(values, PHONE, phone);
        put(values, CHANNEL, channel);
        put(values, CHANNEL_LABEL, channelLabel);
        put(values, DESCRIPTION, description);
        return values;
    }

    /** The process variable's value: Json, so that Tasklist hands it to the form as an object. */
    public TypedValue asVariable() {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(asMap())).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    /** A short title for the task list (姓名 and 村/乡镇), which cannot show a Json variable's fields. */
    public String title() {
        return personName + "（" + (villageName != null ? villageName : townshipName) + "）";
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }
}
