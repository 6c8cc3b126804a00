package cn.qingyang.assistance.outside;

import cn.qingyang.assistance.crypto.FieldCipher;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code outbound_message}: what goes to outside systems, once per idempotency key, the recipient
 * (an SMS: a phone number) sealed. Written by the service tasks in the engine's transaction
 * (PENDING), sent by {@link OutboxRelay} after it: claimed (SENDING), then SENT, or PENDING again
 * for a later attempt, or FAILED.
 */
@Repository
public class OutboundMessageRepository {

    static final String PENDING = "PENDING";
    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    static final String NO_PHONE = "NO_PHONE";

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

    /** Rows a relay may send now, oldest first: PENDING and due, or SENDING under a lease that ran out. */
    List<Long> due(Instant now, Instant leaseExpiredBefore, int limit) {
        return jdbc.sql("SELECT id FROM outbound_message WHERE (status = 'PENDING' AND (next_attempt_at IS NULL "
                        + "OR next_attempt_at <= :now)) OR (status = 'SENDING' AND claimed_at < :expired) ORDER BY id LIMIT :limit")
                .param("now", Timestamp.from(now)).param("expired", Timestamp.from(leaseExpiredBefore))
                .param("limit", limit).query(Long.class).list();
    }

    /**
     * Claims a row for sending, in one statement: of two relays claiming the same row, the database
     * lets one update it and the other find it no longer PENDING. True if this node holds it now.
     */
    boolean claim(long id, String node, Instant now, Instant leaseExpiredBefore) {
        return jdbc.sql("UPDATE outbound_message SET status = 'SENDING', claimed_by = :node, claimed_at = :now "
                        + "WHERE id = :id AND ((status = 'PENDING' AND (next_attempt_at IS NULL OR next_attempt_at <= :now)) "
                        + "OR (status = 'SENDING' AND claimed_at < :expired))")
                .param("node", node).param("now", Timestamp.from(now)).param("id", id)
                .param("expired", Timestamp.from(leaseExpiredBefore)).update() == 1;
    }

    Optional<OutboundMessage> find(long id) {
        return jdbc.sql("SELECT id, channel, idempotency_key, case_id, recipient, payload, attempts FROM outbound_message "
                        + "WHERE id = :id").param("id", id)
                .query((rs, n) -> new OutboundMessage(rs.getLong("id"), rs.getString("channel"),
                        rs.getString("idempotency_key"), rs.getObject("case_id", Long.class),
                        cipher.open(rs.getString("recipient")), rs.getString("payload"), rs.getInt("attempts")))
                .optional();
    }

    /** The row went out; only the node holding the claim may say so. */
    boolean markSent(long id, String node, Instant at) {
        return jdbc.sql("UPDATE outbound_message SET status = 'SENT', delivered_at = :at, attempts = attempts + 1, "
                        + "last_error = NULL WHERE id = :id AND status = 'SENDING' AND claimed_by = :node")
                .param("at", Timestamp.from(at)).param("id", id).param("node", node).update() == 1;
    }

    /** The attempt failed: PENDING again from {@code nextAttemptAt}, or FAILED when {@code nextAttemptAt} is null. */
    boolean markFailedAttempt(long id, String node, Instant nextAttemptAt, String error) {
        return jdbc.sql("UPDATE outbound_message SET status = :status, attempts = attempts + 1, next_attempt_at = :next, "
                        + "last_error = :error WHERE id = :id AND status = 'SENDING' AND claimed_by = :node")
                .param("status", nextAttemptAt == null ? FAILED : PENDING)
                .param("next", nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt))
                .param("error", error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
                .param("id", id).param("node", node).update() == 1;
    }

    /** How many rows are in a status (PENDING, FAILED, ...), all channels. */
    long count(String status) {
        return jdbc.sql("SELECT COUNT(*) FROM outbound_message WHERE status = :status").param("status", status)
                .query(Long.class).single();
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
