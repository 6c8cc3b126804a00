package cn.qingyang.assistance.workflow;

import java.util.Set;

/**
 * What a feature keeps out of the engine's history ({@link WorkflowHistoryLevel}): variables that
 * may hold a full resident ID number, and copies of the feature's own tables that forms show.
 * Each feature declares its own as a bean; {@link HistoryLevelConfiguration} collects them, so the
 * history level knows no feature.
 */
public record LeftOutOfHistory(Set<String> idNumberVariables, Set<String> variables) {

    public LeftOutOfHistory {
        idNumberVariables = Set.copyOf(idNumberVariables);
        variables = Set.copyOf(variables);
    }

    public static LeftOutOfHistory idNumbers(String... names) {
        return new LeftOutOfHistory(Set.of(names), Set.of());
    }

    public static LeftOutOfHistory variables(Set<String> names) {
        return new LeftOutOfHistory(Set.of(), names);
    }
}
