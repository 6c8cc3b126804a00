package cn.qingyang.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.qingyang.assistance.calendar.WorkingDayCalendar;
import java.io.InputStream;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * The fast process tests (*ProcessTest): one diagram of bpmn/ with the decision tables and forms
 * it names, on an in-memory engine without Spring (fast-process-engine.cfg.xml: H2 in memory, no
 * job executor, full history, process test coverage). Its delegates, listeners and the beans its
 * expressions use are Mockito mocks registered with Camunda's {@link Mocks}; each call of a
 * delegate or listener is recorded with the variables it saw at that moment, so that a test can
 * check what the model passes. Called processes are replaced by stubs that wait in {@link #STUB_TASK}.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final ProcessEngineExtension engine = FastProcess.engine();
 *
 * &#64;BeforeEach
 * void deploy() {
 *     FastProcess.deploy(engine, "dibao-assistance.bpmn");
 *     recorder = FastProcess.delegate("assistanceDecisionRecorder");
 * }
 * </pre>
 */
public final class FastProcess {

    public static final String CONFIGURATION = "fast-process-engine.cfg.xml";
    /** Where the coverage of the fast tests is written (the application's tests: target/process-test-coverage). */
    public static final String COVERAGE_REPORTS = "target/process-test-coverage-fast";
    /** The one user task of a stub process: a test sees the call waiting there and ends it. */
    public static final String STUB_TASK = "Task_Stub";
    /**
     * Each fast test class must pass every flow node and sequence flow of its diagram (stubs left
     * out), or the class fails: all fifteen reach it.
     */
    public static final double COVERAGE_FLOOR = 1.0;

    private static final Pattern DECISION_WORD = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    /** What is deployed now (diagram and stubs), for the test class that asked for it. */
    private static String deployedKey;
    private static final List<String> deploymentIds = new java.util.ArrayList<>();

    private FastProcess() {
    }

    /**
     * The engine of one test class, with its process test coverage asserted at
     * {@link #COVERAGE_FLOOR}; called processes replaced by stubs are left out of the coverage.
     */
    public static ProcessEngineCoverageExtension engine(String... stubbedProcessKeys) {
        var builder = ProcessEngineCoverageExtension.builder(CONFIGURATION).reportDirectory(COVERAGE_REPORTS)
                .assertClassCoverageAtLeast(COVERAGE_FLOOR);
        if (stubbedProcessKeys.length > 0) {
            builder.excludeProcessDefinitionKeys(stubbedProcessKeys);
        }
        return builder.build();
    }

    /**
     * Deploys bpmn/{diagram} with the decision tables its business rule tasks name (key
     * HardshipCategory: bpmn/hardship-category.dmn), the forms its tasks and start events name
     * (forms/{formRef}.form) and a {@link #stub} for each of {@code stubbedProcessKeys}. Call it
     * before each test: the deployment is made once for a test class (the same diagram and stubs)
     * and replaced when the next class asks for another; between tests of a class the instances
     * left running are deleted. Also clears the mocks and points camunda-bpm-assert at this engine.
     */
    public static void deploy(ProcessEngineExtension engine, String diagram, String... stubbedProcessKeys) {
        ProcessEngine processEngine = engine.getProcessEngine();
        RepositoryService repository = processEngine.getRepositoryService();
        RuntimeService runtime = processEngine.getRuntimeService();
        List<String> running = runtime.createProcessInstanceQuery().rootProcessInstances().list().stream()
                .map(ProcessInstance::getId).toList();
        runtime.deleteProcessInstances(running, "fast test ended", true, true);
        Mocks.reset();
        BpmnAwareTests.init(processEngine);

        String key = diagram + List.of(stubbedProcessKeys);
        if (key.equals(deployedKey)) {
            return;
        }
        deploymentIds.forEach(id -> repository.deleteDeployment(id, true, true));
        deploymentIds.clear();
        deployedKey = null;

        String resource = "bpmn/" + diagram;
        BpmnModelInstance model;
        try (InputStream in = FastProcess.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the test classpath").isNotNull();
            model = Bpmn.readModelFromStream(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<String> resources = new LinkedHashSet<>();
        resources.add(resource);
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            if (task.getCamundaDecisionRef() != null) {
                resources.add("bpmn/" + DECISION_WORD.matcher(task.getCamundaDecisionRef()).replaceAll("-").toLowerCase() + ".dmn");
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getCamundaFormRef() != null) {
                resources.add("forms/" + task.getCamundaFormRef() + ".form");
            }
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (start.getCamundaFormRef() != null) {
                resources.add("forms/" + start.getCamundaFormRef() + ".form");
            }
        }
        DeploymentBuilder deployment = repository.createDeployment().name(diagram);
        resources.forEach(deployment::addClasspathResource);
        for (String stubbed : stubbedProcessKeys) {
            String versionTag = model.getModelElementsByType(CallActivity.class).stream()
                    .filter(call -> stubbed.equals(call.getCalledElement()))
                    .map(CallActivity::getCamundaCalledElementVersionTag).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            deployment.addModelInstance(stubbed + "-stub.bpmn", stub(stubbed, versionTag));
        }
        deploymentIds.add(deployment.deploy().getId());
        deployedKey = key;
    }

    /**
     * A process deployed under {@code processKey} in place of the real one: it waits in
     * {@link #STUB_TASK}, so that a test sees what the call passed and decides when it returns. It
     * carries the version tag the diagram's call activity is bound to (the version policy).
     */
    private static BpmnModelInstance stub(String processKey, String versionTag) {
        return Bpmn.createExecutableProcess(processKey)
                .camundaHistoryTimeToLive(1)
                .camundaVersionTag(versionTag)
                .startEvent()
                .userTask(STUB_TASK)
                .endEvent()
                .done();
    }

    /** A delegate bean that does nothing but record its calls. */
    public static Recorded delegate(String beanName) {
        return delegate(beanName, execution -> { });
    }

    /**
     * A delegate bean whose calls are recorded and which then does {@code behaviour} (what the real
     * bean leaves in the variables that the diagram reads further on).
     */
    public static Recorded delegate(String beanName, Consumer<DelegateExecution> behaviour) {
        Recorded recorded = new Recorded(beanName);
        JavaDelegate delegate = mock(JavaDelegate.class, beanName);
        try {
            doAnswer(invocation -> {
                DelegateExecution execution = invocation.getArgument(0);
                recorded.record(execution);
                behaviour.accept(execution);
                return null;
            }).when(delegate).execute(any());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Mocks.register(beanName, delegate);
        return recorded;
    }

    /** An execution listener bean (the completion guards) that records its calls. */
    public static Recorded listener(String beanName) {
        Recorded recorded = new Recorded(beanName);
        ExecutionListener listener = mock(ExecutionListener.class, beanName);
        try {
            doAnswer(invocation -> {
                recorded.record(invocation.getArgument(0));
                return null;
            }).when(listener).notify(any());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Mocks.register(beanName, listener);
        return recorded;
    }

    /** A bean used in expressions, as a Mockito mock of its class; the test says what it answers. */
    public static <T> T bean(String beanName, Class<T> type) {
        T bean = mock(type, beanName);
        Mocks.register(beanName, bean);
        return bean;
    }

    /** A bean used in expressions that is plain enough to be itself (RouteSet, OutsideSystems). */
    public static <T> T real(String beanName, T bean) {
        Mocks.register(beanName, bean);
        return bean;
    }

    /**
     * The working-day calendar ("workingDays"): a mock whose due dates are the given number of
     * calendar days after the start, so that a test can tell which rule a due date came from;
     * verify the calls for the rule itself.
     */
    public static WorkingDayCalendar workingDays() {
        WorkingDayCalendar calendar = bean("workingDays", WorkingDayCalendar.class);
        when(calendar.dueAfter(any(), anyInt())).thenAnswer(i -> plusDays(i.getArgument(0), i.getArgument(1)));
        when(calendar.dueAfterWorkingDays(any(), anyInt())).thenAnswer(i -> plusDays(i.getArgument(0), i.getArgument(1)));
        when(calendar.dueAfterCalendarDays(any(), anyInt())).thenAnswer(i -> plusDays(i.getArgument(0), i.getArgument(1)));
        return calendar;
    }

    public static Date plusDays(Date from, int days) {
        return Date.from(from.toInstant().plus(Duration.ofDays(days)));
    }

    /** Keys and values, alternating, as a map (values may be null, unlike Map.of). */
    public static Map<String, Object> vars(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** One call of a mocked delegate or listener: where, on which event, and the variables it saw. */
    public record Call(String activityId, String eventName, Map<String, Object> local, Map<String, Object> variables) {
    }

    /** The calls of one mocked bean, in order. */
    public static final class Recorded {

        private final String beanName;
        private final List<Call> calls = new CopyOnWriteArrayList<>();

        private Recorded(String beanName) {
            this.beanName = beanName;
        }

        private void record(DelegateExecution execution) {
            calls.add(new Call(execution.getCurrentActivityId(), execution.getEventName(),
                    new HashMap<>(execution.getVariablesLocal()), new HashMap<>(execution.getVariables())));
        }

        public List<Call> calls() {
            return List.copyOf(calls);
        }

        /** The calls made at one activity. */
        public List<Call> at(String activityId) {
            return calls.stream().filter(c -> activityId.equals(c.activityId())).toList();
        }

        /** The one call at an activity: fails if there was none or more than one. */
        public Call onlyAt(String activityId) {
            List<Call> at = at(activityId);
            assertThat(at).as("calls of %s at %s", beanName, activityId).hasSize(1);
            return at.get(0);
        }

        /** The activities this bean was called at, in order. */
        public List<String> activities() {
            return calls.stream().map(Call::activityId).toList();
        }
    }
}
