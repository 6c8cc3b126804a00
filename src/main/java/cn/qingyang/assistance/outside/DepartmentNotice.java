package cn.qingyang.assistance.outside;

/**
 * Tells a department (医保, 教育, 住建, 人社, 应急) that a case was referred to it ("一门受理、协同办理").
 * The default writes the notice to {@code outbound_message} and the log; a county with a
 * department gateway provides its own bean. Must be idempotent on the key: it may be called again
 * after a crash or a retry.
 */
public interface DepartmentNotice {

    String CHANNEL = "DEPARTMENT_NOTICE";

    void send(String key, long caseId, String department, String text);
}
