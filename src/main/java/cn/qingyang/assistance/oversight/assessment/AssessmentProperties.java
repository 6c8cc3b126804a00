package cn.qingyang.assistance.oversight.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The annual assessment's marking scheme (考核细则), 100 points by default. The county changes it
 * in configuration ({@code qingyang.assessment.*}); no rule gives these numbers, they are our
 * defaults.
 *
 * @param visitsOnTime      points for 入户调查评估 done on time, times the on-time share
 * @param followUpsOnTime   points for 定期回访 done on time, times the on-time share
 * @param sweepsOnTime      points for village sweeps finished on time, times the on-time share
 * @param daysToAssistance  full points when the average days from registration to first assistance
 *                          is at most {@code targetDays}, scaled down as target / average above it
 * @param targetDays        see above
 * @param overdueTasks      points for having no overdue tasks, less {@code perOverdueTask} each
 * @param perOverdueTask    see above
 * @param spotCheckFindings points for a clean spot-check record, less {@code perFinding} per finding
 * @param perFinding        see above
 */
@ConfigurationProperties("qingyang.assessment")
public record AssessmentProperties(double visitsOnTime, double followUpsOnTime, double sweepsOnTime,
                                   double daysToAssistance, double targetDays, double overdueTasks,
                                   double perOverdueTask, double spotCheckFindings, double perFinding) {

    public double maximum() {
        return visitsOnTime + followUpsOnTime + sweepsOnTime + daysToAssistance + overdueTasks + spotCheckFindings;
    }
}
