package cn.qingyang.assistance;

import cn.qingyang.assistance.outside.DepartmentNotice;
import cn.qingyang.assistance.outside.FinanceSystem;
import cn.qingyang.assistance.outside.OutboxDepartmentNotice;
import cn.qingyang.assistance.outside.OutboxFinanceSystem;
import cn.qingyang.assistance.outside.OutboxSmsGateway;
import cn.qingyang.assistance.outside.SmsGateway;
import java.math.BigDecimal;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The world outside the process, for tests: the real outbox implementations, unless a test takes
 * a system down ({@link #down(String)} with its channel), in which case calls fail as a broken
 * connection would, until {@link #up(String)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OutsideWorld {

    private static final Set<String> DOWN = ConcurrentHashMap.newKeySet();

    public static void down(String channel) {
        DOWN.add(channel);
    }

    public static void up(String channel) {
        DOWN.remove(channel);
    }

    private static void check(String channel) {
        if (DOWN.contains(channel)) {
            throw new IllegalStateException(channel + " unreachable: connection refused (test)");
        }
    }

    @Bean
    @Primary
    DepartmentNotice testDepartmentNotice(OutboxDepartmentNotice real) {
        return (key, caseId, department, text) -> {
            check(DepartmentNotice.CHANNEL);
            real.send(key, caseId, department, text);
        };
    }

    @Bean
    @Primary
    FinanceSystem testFinanceSystem(OutboxFinanceSystem real) {
        return (String key, long caseId, String caseNumber, BigDecimal amount, String purpose) -> {
            check(FinanceSystem.CHANNEL);
            real.recordPayment(key, caseId, caseNumber, amount, purpose);
        };
    }

    @Bean
    @Primary
    SmsGateway testSmsGateway(OutboxSmsGateway real) {
        return (key, caseId, phone, text) -> {
            check(SmsGateway.CHANNEL);
            real.send(key, caseId, phone, text);
        };
    }
}
