package cn.qingyang.assistance.outside;

import cn.qingyang.assistance.crypto.FieldCipher;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code outbound_message}: what was sent, once per idempotency key; the recipient (an SMS: a phone number) sealed. */
@Repository
public class OutboundMessageRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    public OutboundMessageRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Records the message unless one with the same key exists; true if this call recorded it. */
    public boolean recordOnce(String channel, String key, Long caseId, String recipient, String payload, String status) {
        if (exists(key)) {
            return false;
        }
        jdbc.sql("INSERT INTO outbound_message (channel, idempotency_key, case_id, recipient, payload, status) "
                        + "VALUES (:channel, :key, :case, :recipient, :payload, :status)")
                .param("channel", channel).param("key", key).param("case", caseId).param("recipient", cipher.seal(recipient))
                .param("payload", payload).param("status", status).update();
        return true;
    }

    private boolean exists(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM outbound_message WHERE idempotency_key = :key").param("key", key)
                .query(Integer.class).single() > 0;
    }

    /** The person's phone number for an SMS, if the case file has one. */
    public String phoneOfCase(long caseId) {
        return cipher.open(jdbc.sql("SELECT p.phone FROM discovery_case c JOIN person p ON p.id = c.person_id WHERE c.id = :case")
                .param("case", caseId).query(String.class).optional().orElse(null));
    }

    /** What was sent on a channel for a case, in order: "recipient status" (the recipient decrypted). */
    public List<String> sentTo(String channel, long caseId) {
        return jdbc.sql("SELECT recipient, status FROM outbound_message WHERE channel = :channel AND case_id = :case ORDER BY id")
                .param("channel", channel).param("case", caseId)
                .query((rs, n) -> cipher.open(rs.getString("recipient")) + " " + rs.getString("status")).list();
    }
}
