package cn.qingyang.assistance.intake;

import cn.qingyang.assistance.discovery.DiscoveryCaseProcess;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/** Tests read the case summary (one Json variable) as Tasklist's forms do: by key. */
public final class CaseSummaries {

    private CaseSummaries() {
    }

    /** A key of the running case's summary, {@code null} when the summary does not hold it. */
    public static String of(RuntimeService runtime, String processInstanceId, String key) {
        TypedValue value = runtime.getVariableTyped(processInstanceId, DiscoveryCaseProcess.CASE_SUMMARY);
        if (value == null || value.getValue() == null) {
            throw new AssertionError("no caseSummary variable on " + processInstanceId);
        }
        if (!"json".equalsIgnoreCase(value.getType().getName())) {
            throw new AssertionError("caseSummary is " + value.getType().getName() + ", not Json");
        }
        SpinJsonNode summary = (SpinJsonNode) value.getValue();
        return summary.hasProp(key) ? summary.prop(key).stringValue() : null;
    }

    /** A summary for a process a test starts directly, as a registration would write it. */
    public static Map<String, Object> variables(String townshipName, String villageName, String personName) {
        CaseSummary summary = new CaseSummary(townshipName, villageName, personName, "341723********0119", "本地户籍",
                "13800000000", "village_sweep", "村级摸排走访", "独居老人，因病致贫");
        return Map.of(DiscoveryCaseProcess.CASE_SUMMARY, summary.asVariable(), DiscoveryCaseProcess.CASE_TITLE, summary.title());
    }
}
