package cn.qingyang.assistance.oversight;

import java.util.Map;

/**
 * One township's discovery work over a period, as the county inspects and assesses it (notice
 * §五: reports by channel, visits on time, the three don't-let-go record, days to assistance,
 * overdue work, follow-ups, sweeps and spot-check findings).
 *
 * @param reportsByChannel    reports received, by channel code (village_sweep, big_data, ...)
 * @param visitsDone          入户调查评估 tasks completed in the period
 * @param visitsOnTime        ... of which before their due date
 * @param unseenVisits        visits where the person was not seen (不见人不放过: the case went on)
 * @param incompleteVisits    visits sent back for more investigation (情况不调查清楚不放过)
 * @param assistedCases       cases whose first assistance fell in the period
 * @param averageDaysToAssistance from registration to first assistance, null when none
 * @param overdueTasks        tasks that fell due in the period (up to now) and were done late or are still open
 * @param followUpsDone       回访 tasks completed in the period
 * @param followUpsOnTime     ... of which before their due date
 * @param villageSweeps       village sweeps of the period's months
 * @param villageSweepsOverdue ... of which ran over
 * @param spotChecked         sampled recipients checked by the county in the period
 * @param spotCheckFindings   ... with a finding (漏保/错保/人情保/关系保)
 */
public record TownshipFigures(String townshipCode, String township, Map<String, Long> reportsByChannel,
                              long visitsDone, long visitsOnTime, long unseenVisits, long incompleteVisits,
                              long assistedCases, Double averageDaysToAssistance, long overdueTasks,
                              long followUpsDone, long followUpsOnTime, long villageSweeps, long villageSweepsOverdue,
                              long spotChecked, long spotCheckFindings) {

    public long reportsTotal() {
        return reportsByChannel.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Share of visits done on time, 1 when there were none to do. */
    public double visitOnTimeRate() {
        return visitsDone == 0 ? 1 : (double) visitsOnTime / visitsDone;
    }

    public double followUpOnTimeRate() {
        return followUpsDone == 0 ? 1 : (double) followUpsOnTime / followUpsDone;
    }

    public double sweepOnTimeRate() {
        return villageSweeps == 0 ? 1 : (double) (villageSweeps - villageSweepsOverdue) / villageSweeps;
    }
}
