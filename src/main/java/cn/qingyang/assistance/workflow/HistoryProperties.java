package cn.qingyang.assistance.workflow;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the engine's history leaves out besides what the features declare ({@code qingyang.history.*}).
 *
 * @param leftOutVariables free texts that reach the processes other than through a form field
 *                         (application.yaml lists and documents them; absent, none)
 * @param freeTextForms    where the forms whose textfields and textareas are left out are read
 *                         (not in application.yaml: the forms we deploy)
 */
@ConfigurationProperties("qingyang.history")
public record HistoryProperties(List<String> leftOutVariables,
                                @DefaultValue("classpath*:forms/**/*.form") String freeTextForms) {

    public HistoryProperties {
        leftOutVariables = leftOutVariables == null ? List.of()
                : leftOutVariables.stream().map(String::trim).filter(name -> !name.isEmpty()).toList();
    }
}
