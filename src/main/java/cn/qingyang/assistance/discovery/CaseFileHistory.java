package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.workflow.LeftOutOfHistory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case file's fields among the variables are ours to keep, not the history's (docs/history.md). */
@Configuration(proxyBeanMethods = false)
class CaseFileHistory {

    @Bean
    LeftOutOfHistory caseFileFields() {
        return LeftOutOfHistory.variables(DiscoveryCaseProcess.CASE_FILE_FIELDS);
    }
}
