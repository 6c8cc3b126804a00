package cn.qingyang.assistance.outside;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * For the diagrams: how often a job calling an outside system is retried before it becomes an
 * incident in Cockpit ({@code qingyang.outside.retry-cycle}, default R3/PT5M: three attempts,
 * five minutes apart), read by {@code camunda:failedJobRetryTimeCycle="${outsideSystems.retryCycle}"}.
 */
@Component("outsideSystems")
public class OutsideSystems {

    private final String retryCycle;

    public OutsideSystems(@Value("${qingyang.outside.retry-cycle:R3/PT5M}") String retryCycle) {
        this.retryCycle = retryCycle;
    }

    public String getRetryCycle() {
        return retryCycle;
    }
}
