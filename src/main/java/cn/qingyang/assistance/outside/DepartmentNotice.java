package cn.qingyang.assistance.outside;

/**
 * Tells a department (医保, 教育, 住建, 人社, 应急) that a case was referred to it ("一门受理、协同办理").
 * Called by the {@link OutboxRelay} after the case's transaction has committed; an
 * exception is a failed attempt, tried again later. The default only logs (the row stays in
 * {@code outbound_message}); a county with a department gateway provides its own bean. Must be
 * idempotent on the key: a node that dies while sending leaves the row to another node.
 */
public interface DepartmentNotice {

    String CHANNEL = "DEPARTMENT_NOTICE";

    void send(String key, long caseId, String department, String text);
}
