package cn.qingyang.assistance.outside;

import org.springframework.stereotype.Component;

/**
 * For the diagrams: how often a job calling an outside system is retried before it becomes an
 * incident in Cockpit ({@link OutsideProperties#retryCycle()}), read by
 * {@code camunda:failedJobRetryTimeCycle="${outsideSystems.retryCycle}"}.
 */
@Component("outsideSystems")
public class OutsideSystems {

    private final String retryCycle;

    public OutsideSystems(OutsideProperties properties) {
        this.retryCycle = properties.retryCycle();
    }

    public String getRetryCycle() {
        return retryCycle;
    }
}
