package cn.qingyang.assistance.outside;

/**
 * One row of {@code outbound_message} as the relay sends it: the recipient already opened (an SMS:
 * the phone number; a department notice: the department code; a payment record: the finance system).
 */
record OutboundMessage(long id, String channel, String key, Long caseId, String recipient, String payload,
        int attempts) {
}
