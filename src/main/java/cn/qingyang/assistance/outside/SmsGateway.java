package cn.qingyang.assistance.outside;

/**
 * Sends the person an SMS (the decision on their case, clause 10: 及时告知). The default writes
 * it to {@code outbound_message} and the log (phone masked); without a phone number it records
 * that nothing could be sent. Idempotent on the key.
 */
public interface SmsGateway {

    String CHANNEL = "SMS";

    void send(String key, long caseId, String phone, String text);
}
