package cn.qingyang.assistance.oversight.assessment;

import cn.qingyang.assistance.oversight.TownshipFigures;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Marks a township's year by the scheme in {@link AssessmentProperties}. */
final class AssessmentScorer {

    public record Score(double total, Map<String, Double> parts) {

        public String detail() {
            return parts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining("；"));
        }
    }

    private AssessmentScorer() {
    }

    public static Score score(TownshipFigures f, AssessmentProperties scheme) {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("入户调查按时", round(scheme.visitsOnTime() * f.visitOnTimeRate()));
        parts.put("定期回访按时", round(scheme.followUpsOnTime() * f.followUpOnTimeRate()));
        parts.put("每月摸排按时", round(scheme.sweepsOnTime() * f.sweepOnTimeRate()));
        Double days = f.averageDaysToAssistance();
        double timeliness = days == null || days <= scheme.targetDays() ? 1 : scheme.targetDays() / days;
        parts.put("救助及时", round(scheme.daysToAssistance() * timeliness));
        parts.put("无逾期任务", round(Math.max(0, scheme.overdueTasks() - scheme.perOverdueTask() * f.overdueTasks())));
        parts.put("抽查无问题",
                round(Math.max(0, scheme.spotCheckFindings() - scheme.perFinding() * f.spotCheckFindings())));
        return new Score(round(parts.values().stream().mapToDouble(Double::doubleValue).sum()), parts);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
