package cn.qingyang.assistance.discovery;

/** Where a discovery case stands, as recorded in {@code discovery_case.status}. */
public enum CaseStatus {
    /** Registered, being handled. */
    OPEN,
    /** Handled to the end: assisted, referred, in the ledger or explained. */
    CLOSED
}
