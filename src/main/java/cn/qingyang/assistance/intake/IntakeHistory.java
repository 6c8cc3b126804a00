package cn.qingyang.assistance.intake;

import cn.qingyang.assistance.workflow.LeftOutOfHistory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The start form's full ID number never reaches the history (registration removes it at once). */
@Configuration(proxyBeanMethods = false)
class IntakeHistory {

    @Bean
    LeftOutOfHistory intakeIdNumber() {
        return LeftOutOfHistory.idNumbers(ReportIntakeProcess.ID_NUMBER);
    }
}
