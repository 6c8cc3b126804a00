package cn.qingyang.assistance.security;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A task's duties refuse the person (separation of duties, four eyes): the engine's own kind of
 * refusal, so {@code /engine-rest} and the webapps answer 403 with this Chinese message alone, and
 * the engine logs it as a refusal (one line), not as a fault.
 */
class DutyRefusedException extends AuthorizationException {

    public DutyRefusedException(String message) {
        super(message);
    }
}
