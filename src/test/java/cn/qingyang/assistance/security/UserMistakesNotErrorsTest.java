package cn.qingyang.assistance.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.workflow.IncompleteTaskException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

class UserMistakesNotErrorsTest {

    @Test
    void aRefusedFormIsAPersonsMistake() {
        assertThat(UserMistakesNotErrors.isUserMistake(new FormFieldValidationException("idNumber", "上报未受理：身份证号码校验位不正确")))
                .isTrue();
        assertThat(UserMistakesNotErrors.isUserMistake(new IncompleteTaskException("不提出对策建议不放过——", List.of("请填写对策建议"))))
                .isTrue();
        assertThat(UserMistakesNotErrors.isUserMistake(new ProcessEngineException("wrapped",
                new FormFieldValidationException("f", "请选择困难程度")))).isTrue();
    }

    @Test
    void aRefusalIsNoFault() {
        assertThat(UserMistakesNotErrors.isUserMistake(new ProcessEngineException(
                "ENGINE-03051 There was an exception while invoking the TaskListener.",
                new cn.qingyang.assistance.security.DutyRefusedException("后置审批须由乔木乡主动发现工作小组组长办理。")))).isTrue();
        assertThat(UserMistakesNotErrors.isUserMistake(new ProcessEngineException(
                "ENGINE-13034 Cannot get process instance 'x' because it belongs to no authenticated tenant."))).isTrue();
    }

    @Test
    void aReadOfSomethingThatIsNotThereIsNoFaultButAWriteStaysAnError() {
        var absent = new org.camunda.bpm.engine.exception.NullValueException("task 42 doesn't exist: task is null");
        assertThat(UserMistakesNotErrors.isAbsentRecord(absent,
                new org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd("42", null, false, true))).isTrue();
        assertThat(UserMistakesNotErrors.isAbsentRecord(absent,
                new org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd("42", java.util.Map.of(), false))).isFalse();
        assertThat(UserMistakesNotErrors.isAbsentRecord(new ProcessEngineException("other"),
                new org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd("42", null, false, true))).isFalse();
    }

    @Test
    void everythingElseStaysAnError() {
        assertThat(UserMistakesNotErrors.isUserMistake(new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation")))
                .isFalse();
        assertThat(UserMistakesNotErrors.isUserMistake(new IllegalStateException("finance system unreachable",
                new java.io.IOException("connection refused")))).isFalse();
        assertThat(UserMistakesNotErrors.isUserMistake(null)).isFalse();
    }
}
