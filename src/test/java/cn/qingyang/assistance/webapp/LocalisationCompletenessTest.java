package cn.qingyang.assistance.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chinese UI is complete: every label of the English file Camunda ships (read from the
 * webapp jar on the classpath, so a Camunda upgrade that adds labels fails here) is translated,
 * placeholders and markup survive, and each app is switched to Chinese.
 */
class LocalisationCompletenessTest {

    static final String APP = "META-INF/resources/webjars/camunda/app/";
    static final Pattern PLACEHOLDERS = Pattern.compile(
            "\\{\\{[^}]*}}|%[sd]|</?(?:a|b|i|em|strong|br|code|span|p|ul|ol|li|div|small|pre)\\b[^>]*>");
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Labels that stay as they are in Chinese: product names and format strings. */
    static final Set<String> UNCHANGED = Set.of("Admin", "Camunda", "Cockpit", "Tasklist", "Camunda Cockpit", "Optimize",
            "CSV", "JSON", "ID*", "<null>", "<undefined>", "YYYY-MM-DDTHH:mm:ss", "s");

    final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishLabelHasAChineseTranslation(String app) throws IOException {
        JsonNode en = read(APP + app + "/locales/en.json").get("labels");
        JsonNode zh = read(APP + app + "/locales/zh.json").get("labels");
        List<String> missing = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> label = it.next();
            JsonNode translation = zh.get(label.getKey());
            if (translation == null) {
                missing.add(label.getKey());
                continue;
            }
            String english = label.getValue().asText();
            String chinese = translation.asText();
            if (!tokens(english).equals(tokens(chinese))) {
                broken.add(label.getKey() + ": " + chinese);
            }
            if (!HAN.matcher(chinese).find() && !UNCHANGED.contains(english) && english.matches(".*[A-Za-z]{2,}.*")
                    && !english.matches("[A-Z0-9_.%{}() -]+")) {
                untranslated.add(label.getKey() + ": " + chinese);
            }
        }
        assertThat(en.size()).isGreaterThan(100);
        assertThat(missing).as("labels missing in %s zh.json", app).isEmpty();
        assertThat(broken).as("placeholders or markup changed in %s zh.json", app).isEmpty();
        assertThat(untranslated).as("labels left in English in %s zh.json", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void datesUseChineseNamesAndFormats(String app) throws IOException {
        JsonNode dates = read(APP + app + "/locales/zh.json").get("dateLocales");
        assertThat(dates.get("months").get(0).asText()).isEqualTo("一月");
        assertThat(dates.get("weekdays").get(1).asText()).isEqualTo("星期一");
        assertThat(dates.get("longDateFormat").get("LL").asText()).isEqualTo("YYYY年M月D日");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void eachAppIsSwitchedToChinese(String app) throws IOException {
        String config = text(APP + app + "/scripts/config.js");
        assertThat(config).contains("availableLocales: ['zh']").contains("fallbackLocale: 'zh'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "welcome"})
    void caseworkersAndSupervisorsDoNotSeeTheEndOfLifeBanner(String app) throws IOException {
        assertThat(text(APP + app + "/styles/user-styles.css")).containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
    }

    @org.junit.jupiter.api.Test
    void administratorsSeeTheEndOfLifeBannerInChinese() throws IOException {
        assertThat(text(APP + "admin/styles/user-styles.css")).doesNotContain("display: none");
        assertThat(read(APP + "admin/locales/zh.json").get("labels").get("BANNER_CE_EOL_TEXT").asText())
                .startsWith("是时候迁移到 Camunda 8 了");
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = PLACEHOLDERS.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group().replaceAll("\\s+", ""));
        }
        tokens.sort(String::compareTo);
        return tokens;
    }

    private JsonNode read(String resource) throws IOException {
        return json.readTree(text(resource));
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = LocalisationCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return content.startsWith("\uFEFF") ? content.substring(1) : content;
        }
    }
}
