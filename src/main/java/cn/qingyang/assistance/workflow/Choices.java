package cn.qingyang.assistance.workflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of a choice a person makes in a task's form: each code with the Chinese label the
 * form shows, in the form's order. A refusal may spell the labels out ("请选择救助方式（现金或实物）").
 */
public final class Choices {

    private final Map<String, String> labels;
    private final boolean spelledOut;

    private Choices(Map<String, String> labels, boolean spelledOut) {
        this.labels = labels;
        this.spelledOut = spelledOut;
    }

    /** Codes and labels in pairs: {@code of("CASH", "现金", "IN_KIND", "实物")}. */
    public static Choices of(String code, String label, String... more) {
        if (more.length % 2 != 0) {
            throw new IllegalArgumentException("choices come as code and label pairs: " + List.of(more));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(code, label);
        for (int i = 0; i < more.length; i += 2) {
            if (labels.put(more[i], more[i + 1]) != null) {
                throw new IllegalArgumentException("choice code '" + more[i] + "' is given twice");
            }
        }
        return new Choices(Collections.unmodifiableMap(labels), false);
    }

    /** The same options, listed by their labels when a person is asked to choose one. */
    public Choices spelledOut() {
        return new Choices(labels, true);
    }

    public boolean allows(Object value) {
        return value != null && labels.containsKey(value.toString());
    }

    public Set<String> codes() {
        return labels.keySet();
    }

    public String label(String code) {
        return labels.get(code);
    }

    /** "（正常、漏保或错保）" when spelled out, otherwise nothing. */
    String listing() {
        if (!spelledOut) {
            return "";
        }
        List<String> names = new ArrayList<>(labels.values());
        String last = names.remove(names.size() - 1);
        return "（" + (names.isEmpty() ? last : String.join("、", names) + "或" + last) + "）";
    }
}
