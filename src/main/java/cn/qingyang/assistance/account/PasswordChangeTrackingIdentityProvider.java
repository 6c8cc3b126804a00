package cn.qingyang.assistance.account;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's database identity provider, which also notes who chose a password: when someone
 * else (an administrator in the Admin webapp or through {@code /engine-rest}) sets a user's
 * password, at creation or as a reset, the user must change it before working; when the user
 * sets it, the requirement ends. Saves made by the system itself (no authenticated user: the
 * configured administrator and the demo users at start) require nothing. It runs in the same
 * command, so the note and the password commit together.
 */
public class PasswordChangeTrackingIdentityProvider extends DbIdentityServiceProvider {

    private static final Logger log = LoggerFactory.getLogger(PasswordChangeTrackingIdentityProvider.class);

    private final PasswordChangeRepository requirements;

    PasswordChangeTrackingIdentityProvider(PasswordChangeRepository requirements) {
        this.requirements = requirements;
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
        boolean created = user instanceof UserEntity entity && entity.getRevision() == 0;
        boolean passwordSet = user instanceof UserEntity entity && entity.hasNewPassword();
        IdentityOperationResult result = super.saveUser(user);
        String actor = Context.getCommandContext().getAuthenticatedUserId();
        if (passwordSet && actor != null) {
            if (actor.equals(user.getId())) {
                requirements.clear(user.getId());
            } else {
                PasswordChangeRepository.Reason reason = created
                        ? PasswordChangeRepository.Reason.CREATED : PasswordChangeRepository.Reason.RESET;
                requirements.require(user.getId(), reason, actor);
                log.info("Password of user {} set by {} ({}): the user must choose a new one at first login",
                        user.getId(), actor, reason);
            }
        }
        return result;
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
        IdentityOperationResult result = super.deleteUser(userId);
        requirements.clear(userId);
        return result;
    }

    /** Opens this provider for each command in place of Camunda's {@link DbIdentityServiceProvider}. */
    static final class Factory implements SessionFactory {

        private final PasswordChangeRepository requirements;

        Factory(PasswordChangeRepository requirements) {
            this.requirements = requirements;
        }

        @Override
        public Class<?> getSessionType() {
            return PasswordChangeTrackingIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            return new PasswordChangeTrackingIdentityProvider(requirements);
        }
    }
}
