package cn.qingyang.assistance.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The keys of every field a person types free text into (form-js {@code textfield} and
 * {@code textarea}) in the forms we deploy ({@code forms/} on the classpath): names, phone
 * numbers, opinions, remarks, findings. Read from the forms themselves, so that a field an
 * administrator adds in Modeler (and commits to {@code forms/}) stays out of the history without
 * a change in Java.
 */
final class FreeTextFields {

    static final Set<String> FREE_TEXT_TYPES = Set.of("textfield", "textarea");

    private FreeTextFields() {
    }

    public static Set<String> inForms(String locationPattern) {
        Set<String> keys = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
                try (InputStream in = form.getInputStream()) {
                    collect(json.readTree(in).path("components"), keys);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the forms' free-text fields from " + locationPattern, e);
        }
        return keys;
    }

    static void collect(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            if (FREE_TEXT_TYPES.contains(component.path("type").asText()) && component.path("key").isTextual()) {
                keys.add(component.path("key").asText());
            }
            collect(component.path("components"), keys);
        }
    }
}
