package cn.qingyang.assistance.outside;

/**
 * Sends the person an SMS (the decision on their case, clause 10: 及时告知). Called by the
 * {@link OutboxRelay} for a row of {@code outbound_message} after the case's transaction has
 * committed, never inside it; a person without a phone number never reaches it (NO_PHONE). An
 * exception is a failed attempt, tried again later. Idempotent on the key: a node that dies while
 * sending leaves the row to another node once its claim has expired. The default only logs.
 */
public interface SmsGateway {

    String CHANNEL = "SMS";

    void send(String key, long caseId, String phone, String text);
}
