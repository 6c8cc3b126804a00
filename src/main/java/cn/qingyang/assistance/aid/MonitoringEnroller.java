package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;

import cn.qingyang.assistance.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Not covered by a scheme but of low income: enrolled in 低收入人口动态监测. */
@Component("monitoringEnroller")
public class MonitoringEnroller implements JavaDelegate {

    private final AidRepository records;

    public MonitoringEnroller(AidRepository records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.enrolInMonitoring(ProcessVariables.of(execution).id(CASE_ID));
    }
}
