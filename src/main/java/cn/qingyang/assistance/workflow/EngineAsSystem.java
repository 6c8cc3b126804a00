package cn.qingyang.assistance.workflow;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls on the system's behalf after our own service has checked what the caller
 * may do (e.g. a village collector registering a report starts a case the village itself may
 * not read). The caller's authentication is restored afterwards, also on failure.
 */
@Component
public class EngineAsSystem {

    private final IdentityService identity;

    public EngineAsSystem(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T call(Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
