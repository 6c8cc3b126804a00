package cn.qingyang.assistance.oversight.assessment;

import static cn.qingyang.assistance.oversight.assessment.AssessmentProcess.*;
import static cn.qingyang.assistance.oversight.assessment.AssessmentProcess.AnnualAssessment.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.qingyang.assistance.AsyncSteps;
import cn.qingyang.assistance.FastProcess;
import cn.qingyang.assistance.FastProcess.Recorded;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** AnnualAssessment (annual-assessment.bpmn) alone: scores calculated each January, reviewed, published. */
class AnnualAssessmentProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = FastProcess.engine();

    private Recorded calculator;
    private Recorded publisher;
    private Recorded reviewAssessmentGuard;

    @BeforeEach
    void deploy() {
        FastProcess.deploy(engine, "annual-assessment.bpmn");
        FastProcess.workingDays();
        calculator = FastProcess.delegate("assessmentCalculator", execution -> execution.setVariable(ASSESSMENT_YEAR, 2026));
        publisher = FastProcess.delegate("assessmentPublisher");
        reviewAssessmentGuard = FastProcess.listener("reviewAssessmentGuard");
    }

    @Test
    void approvedAssessmentIsPublished() {
        ProcessInstance pi = startByTimer();

        assertThat(calculator.activities()).containsExactly(TASK_CALCULATE_SCORES);
        assertThat(task(TASK_REVIEW_ASSESSMENT, pi)).hasCandidateGroup("county-civil-affairs");
        AsyncSteps.completeAndSettle(task(TASK_REVIEW_ASSESSMENT, pi), withVariables(REVIEW, "APPROVED", REVIEW_NOTE, "同意发布"), pi);

        assertThat(reviewAssessmentGuard.at(TASK_REVIEW_ASSESSMENT)).hasSize(1);
        assertThat(publisher.onlyAt(TASK_PUBLISH_ASSESSMENT).variables()).containsEntry(ASSESSMENT_YEAR, 2026);
        assertThat(pi).isEnded().hasPassed(END_EVENT_ASSESSMENT_PUBLISHED);
    }

    @Test
    void assessmentSentBackIsCalculatedAgainBeforeReview() {
        ProcessInstance pi = startByTimer();
        AsyncSteps.completeAndSettle(task(TASK_REVIEW_ASSESSMENT, pi), withVariables(REVIEW, "RECALCULATE", REVIEW_NOTE, "数据有误"), pi);

        assertThat(calculator.activities()).containsExactly(TASK_CALCULATE_SCORES, TASK_CALCULATE_SCORES);
        assertThat(publisher.calls()).isEmpty();
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_ASSESSMENT);
    }

    @Test
    void aReviewAnswerTheModelDoesNotKnowIsCalculatedAgainNotPublished() {
        ProcessInstance pi = startByTimer();
        AsyncSteps.completeAndSettle(task(TASK_REVIEW_ASSESSMENT, pi), withVariables(REVIEW, "LATER", REVIEW_NOTE, "待定"), pi);

        assertThat(publisher.calls()).isEmpty();
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_ASSESSMENT);
    }

    private ProcessInstance startByTimer() {
        execute(jobQuery().processDefinitionKey(PROCESS_KEY).singleResult());
        return processInstanceQuery().processDefinitionKey(PROCESS_KEY).singleResult();
    }
}
