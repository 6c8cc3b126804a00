package cn.qingyang.assistance.account;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts that must set their own password before they may work (table
 * {@code account_password_change}): created with an initial password, or reset, by someone else.
 * Written inside the engine's own transaction when the password is saved
 * ({@link PasswordChangeTrackingIdentityProvider}), read on every request by
 * {@link PasswordChangeGate}.
 */
@Repository
class PasswordChangeRepository {

    /** Why a change is required. */
    public enum Reason {
        /** the account was created with an initial password by an administrator */
        CREATED,
        /** an administrator set a new password for the account */
        RESET
    }

    public record Requirement(String userId, Reason reason, String requiredBy, OffsetDateTime requiredAt) {
    }

    private final JdbcClient jdbc;

    PasswordChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void require(String userId, Reason reason, String requiredBy) {
        clear(userId);
        jdbc.sql("INSERT INTO account_password_change (user_id, reason, required_by) VALUES (:user, :reason, :by)")
                .param("user", userId).param("reason", reason.name()).param("by", requiredBy).update();
    }

    public void clear(String userId) {
        jdbc.sql("DELETE FROM account_password_change WHERE user_id = :user").param("user", userId).update();
    }

    public Optional<Requirement> find(String userId) {
        return jdbc.sql("SELECT user_id, reason, required_by, required_at FROM account_password_change WHERE user_id = :user")
                .param("user", userId)
                .query((rs, row) -> new Requirement(rs.getString("user_id"), Reason.valueOf(rs.getString("reason")),
                        rs.getString("required_by"), rs.getObject("required_at", OffsetDateTime.class)))
                .optional();
    }

    public boolean isRequired(String userId) {
        return userId != null && jdbc.sql("SELECT COUNT(*) FROM account_password_change WHERE user_id = :user")
                .param("user", userId).query(Integer.class).single() > 0;
    }
}
