package cn.qingyang.assistance.deadlines;

import java.time.Instant;

/**
 * One due date moved by a change of a year's holiday arrangement.
 *
 * @param changeId          the change (holiday_arrangement_change)
 * @param kind              a task's due date or a timer's date
 * @param itemId            the task's or the job's ID
 * @param processInstanceId its process instance
 * @param businessKey       the process instance's business key (the case number)
 * @param elementName       the task's or the timer event's name
 * @param oldDue            the date before
 * @param newDue            the date after
 */
public record DueDateMove(long changeId, Kind kind, String itemId, String processInstanceId, String businessKey,
                          String elementName, Instant oldDue, Instant newDue) {

    public enum Kind {
        TASK, TIMER
    }
}
