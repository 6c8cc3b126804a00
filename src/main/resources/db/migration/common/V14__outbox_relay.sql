-- The outbox becomes a queue (issue 14, docs/transactions.md): a service task only records the
-- message (PENDING) in the engine's transaction, so a rollback removes it and the retried job
-- records it again, once; the relay (outside/OutboxRelay) hands it to the outside system after
-- that transaction has committed. A relay claims a row (SENDING, claimed_by, claimed_at) before it
-- sends it, so two nodes never send one row; a claim older than the lease is a dead node's and is
-- taken over. A failed send is tried again at next_attempt_at, FAILED after the last attempt.
-- sent_at stays what it was: when the message was recorded; delivered_at is when it went out.
ALTER TABLE outbound_message ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE outbound_message ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbound_message ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE outbound_message ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbound_message ADD COLUMN delivered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbound_message ADD COLUMN last_error VARCHAR(1000);
ALTER TABLE outbound_message ADD CONSTRAINT ck_outbound_message_status
    CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'NO_PHONE'));
CREATE INDEX ix_outbound_message_status ON outbound_message (status, next_attempt_at);
