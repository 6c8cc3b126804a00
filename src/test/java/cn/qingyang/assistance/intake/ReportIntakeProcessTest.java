package cn.qingyang.assistance.intake;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_NUMBER;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CHANNEL;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.PERSON_NAME;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.TOWNSHIP_CODE;
import static cn.qingyang.assistance.intake.ReportIntakeProcess.ReportIntake.END_EVENT_REPORT_REGISTERED;
import static cn.qingyang.assistance.intake.ReportIntakeProcess.ReportIntake.TASK_REGISTER_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import cn.qingyang.assistance.FastProcess;
import cn.qingyang.assistance.FastProcess.Recorded;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ReportIntake (report-intake.bpmn) alone: the Tasklist report form hands its fields to the registrar. */
class ReportIntakeProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = FastProcess.engine();

    private Recorded registrar;

    @BeforeEach
    void deploy() {
        FastProcess.deploy(engine, "report-intake.bpmn");
    }

    @Test
    void submittedReportIsRegisteredOnce() {
        registrar = FastProcess.delegate("reportRegistrar", execution -> {
            execution.setVariable(CASE_NUMBER, "QY-2026-0001");
            execution.setVariable(ReportIntakeProcess.REGISTRATION_RESULT, "REGISTERED");
        });

        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ReportIntakeProcess.PROCESS_KEY, FastProcess.vars(
                CHANNEL, "village_sweep", TOWNSHIP_CODE, "341723200", PERSON_NAME, "刘小花",
                ReportIntakeProcess.ID_NUMBER, "341723195001010011"));

        assertThat(pi).isEnded().hasPassedInOrder(TASK_REGISTER_REPORT, END_EVENT_REPORT_REGISTERED)
                .variables().containsEntry(CASE_NUMBER, "QY-2026-0001");
        assertThat(registrar.onlyAt(TASK_REGISTER_REPORT).variables())
                .containsEntry(PERSON_NAME, "刘小花").containsEntry(TOWNSHIP_CODE, "341723200")
                .containsEntry(ReportIntakeProcess.ID_NUMBER, "341723195001010011");
    }

    @Test
    void refusedReportLeavesNoInstance() {
        FastProcess.delegate("reportRegistrar", execution -> {
            throw new ProcessEngineException("上报未受理");
        });

        assertThatThrownBy(() -> runtimeService()
                        .startProcessInstanceByKey(ReportIntakeProcess.PROCESS_KEY, FastProcess.vars(PERSON_NAME, "刘小花")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("上报未受理");
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(ReportIntakeProcess.PROCESS_KEY).count())
                .isZero();
    }
}
