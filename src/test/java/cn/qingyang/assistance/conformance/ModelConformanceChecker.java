package cn.qingyang.assistance.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.DataObject;
import org.camunda.bpm.model.bpmn.instance.DataObjectReference;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Checks BPMN, DMN and Camunda Forms files against the house modelling rules.
 *
 * <p>Plain Java, no Spring: the caller supplies which delegate beans exist and which process
 * variables the constants classes declare. {@link #check(Path, Path)} never throws for a broken
 * model (only for unreadable files); every problem comes back as a {@link Violation} carrying one
 * of the rule codes below.
 */
public class ModelConformanceChecker {

    public static final String BPMN_PARSE = "BPMN_PARSE";
    public static final String DMN_PARSE = "DMN_PARSE";
    public static final String FORM_PARSE = "FORM_PARSE";
    public static final String FORM_HEADER = "FORM_HEADER";
    public static final String FORM_DUPLICATE_KEY = "FORM_DUPLICATE_KEY";
    public static final String FORM_LABEL = "FORM_LABEL";
    public static final String FORM_FIELD_UNBOUND = "FORM_FIELD_UNBOUND";
    public static final String FORM_TEXT_UNESCAPED = "FORM_TEXT_UNESCAPED";
    public static final String DI_MISSING = "DI_MISSING";
    public static final String HISTORY_TTL_MISSING = "HISTORY_TTL_MISSING";
    public static final String NAME_MISSING = "NAME_MISSING";
    public static final String FLOW_NAME_MISSING = "FLOW_NAME_MISSING";
    public static final String ID_STYLE = "ID_STYLE";
    public static final String MESSAGE_NAME_STYLE = "MESSAGE_NAME_STYLE";
    public static final String DELEGATE_EXPRESSION_FORMAT = "DELEGATE_EXPRESSION_FORMAT";
    public static final String DELEGATE_BEAN_UNKNOWN = "DELEGATE_BEAN_UNKNOWN";
    public static final String CAMUNDA_CLASS = "CAMUNDA_CLASS";
    public static final String ASYNC_RETRY_MISSING = "ASYNC_RETRY_MISSING";
    public static final String FORM_KEY_USED = "FORM_KEY_USED";
    public static final String FORM_REF_MISSING = "FORM_REF_MISSING";
    public static final String FORM_REF_BINDING = "FORM_REF_BINDING";
    public static final String FORM_REF_UNKNOWN = "FORM_REF_UNKNOWN";
    public static final String DUTY_VARIABLE_UNRECORDED = "DUTY_VARIABLE_UNRECORDED";
    public static final String DUTY_LEADER_UNGUARDED = "DUTY_LEADER_UNGUARDED";
    public static final String USER_TASK_NOT_ASYNC_AFTER = "USER_TASK_NOT_ASYNC_AFTER";
    public static final String CALL_ACTIVITY_NOT_ASYNC = "CALL_ACTIVITY_NOT_ASYNC";
    public static final String MULTI_INSTANCE_NOT_ASYNC = "MULTI_INSTANCE_NOT_ASYNC";
    public static final String JOIN_NOT_ASYNC = "JOIN_NOT_ASYNC";
    public static final String GATEWAY_DEFAULT_MISSING = "GATEWAY_DEFAULT_MISSING";
    public static final String CONDITION_SUBSTRING = "CONDITION_SUBSTRING";
    public static final String VERSION_TAG_MISSING = "VERSION_TAG_MISSING";
    public static final String BINDING_POLICY = "BINDING_POLICY";
    public static final String JOB_PRIORITY_MISSING = "JOB_PRIORITY_MISSING";
    public static final String ESCALATION_OUTLIVES_TASK = "ESCALATION_OUTLIVES_TASK";
    /** A form reads a key of a Json variable (e.g. {@code caseSummary.nickName}) that the variable does not hold. */
    public static final String FORM_JSON_KEY_UNKNOWN = "FORM_JSON_KEY_UNKNOWN";

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final int FORM_SCHEMA_VERSION = 16;
    private static final Set<String> FORM_REF_BINDINGS = Set.of("latest", "deployment", "version");

    private static final Pattern PASCAL_CASE = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern MESSAGE_NAME = Pattern.compile("Msg_[A-Z][A-Za-z0-9]*");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    /** A condition that tests part of a text instead of a flag or an exact value. */
    private static final Pattern SUBSTRING_TEST = Pattern.compile("\\.(contains|startsWith|endsWith)\\s*\\(");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** A text view's template that shows a variable, or a key of a Json variable, as it is: {@code {{name}}}, {@code {{caseSummary.name}}}. */
    private static final Pattern BARE_INTERPOLATION =
            Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)\\s*}}");
    /** A template ({@code {{...}}}) or a FEEL expression ({@code =...}) in a form. */
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}");
    /** {@code variable.key}, not preceded by a dot or a letter (so not the middle of a longer path). */
    private static final Pattern KEY_PATH = Pattern.compile("(?<![A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*)");
    /** A FEEL string literal, left out when looking for paths. */
    private static final Pattern FEEL_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    /**
     * Values the system writes and no person types (numbers, codes, our labels, our own Markdown
     * tables and links): a text view may show them as they are. Anything else a person typed must
     * have its "<" escaped, because text views render Markdown and HTML:
     * {@code {{if x = null then "" else replace(x, "<", "&lt;")}}}.
     */
    private static final Set<String> SYSTEM_VALUES = Set.of("caseNumber", "idNumberMasked", "householdRegistrationLabel", "townshipName", "villageName",
            "villageCode", "channelLabel", "categoryLabel", "recipientKindLabel", "sampleReasonLabel", "routeCodes",
            "reportCount", "visitCount", "failedVisits", "followUpCount", "rosterSize", "townshipAidCap", "aidAmount",
            "temporaryAmount", "dibaoStandard", "perCapitaIncome", "sweepMonth", "approvedOn", "inspectionSummary",
            "assessmentSummary", "assessmentReportUrl", "rosterUrl",
            // the case summary's system-written keys (a Json variable, issue 15)
            "caseSummary.idNumberMasked", "caseSummary.householdRegistrationLabel", "caseSummary.townshipName",
            "caseSummary.villageName", "caseSummary.channel", "caseSummary.channelLabel");

    /** Required id prefix per BPMN element type; processes have none, their ids are plain PascalCase. */
    private static final List<IdRule> ID_RULES = List.of(
            new IdRule(Process.class, ""),
            new IdRule(StartEvent.class, "StartEvent_"),
            new IdRule(EndEvent.class, "EndEvent_"),
            new IdRule(BoundaryEvent.class, "BoundaryEvent_"),
            new IdRule(IntermediateCatchEvent.class, "IntermediateEvent_"),
            new IdRule(IntermediateThrowEvent.class, "IntermediateEvent_"),
            new IdRule(Task.class, "Task_"),
            new IdRule(CallActivity.class, "CallActivity_"),
            new IdRule(SubProcess.class, "SubProcess_"),
            new IdRule(Gateway.class, "Gateway_"),
            new IdRule(SequenceFlow.class, "SequenceFlow_"),
            new IdRule(Message.class, "Message_"),
            new IdRule(Error.class, "Error_"),
            new IdRule(Signal.class, "Signal_"),
            new IdRule(Escalation.class, "Escalation_"),
            new IdRule(Lane.class, "Lane_"),
            new IdRule(LaneSet.class, "LaneSet_"),
            new IdRule(Participant.class, "Participant_"),
            new IdRule(Collaboration.class, "Collaboration_"),
            new IdRule(TextAnnotation.class, "TextAnnotation_"),
            new IdRule(Association.class, "Association_"),
            new IdRule(DataObject.class, "DataObject_"),
            new IdRule(DataObjectReference.class, "DataObjectReference_"),
            new IdRule(DataStoreReference.class, "DataStoreReference_"));

    /** Camunda attributes on BPMN elements whose value is the name of a variable the process reads or writes. */
    private static final Set<String> VARIABLE_ATTRIBUTES = Set.of(
            "resultVariable", "elementVariable", "collection",
            "errorCodeVariable", "errorMessageVariable", "escalationCodeVariable");

    /** Attributes of Camunda extension elements that name a variable, keyed by the element's local name. */
    private static final Map<String, Set<String>> VARIABLE_ELEMENT_ATTRIBUTES = Map.of(
            "inputParameter", Set.of("name"),
            "outputParameter", Set.of("name"),
            "in", Set.of("source", "target"),
            "out", Set.of("source", "target"));

    private final ObjectMapper objectMapper = new ObjectMapper();
    private final Predicate<String> beanExists;
    private final Set<String> declaredVariables;
    private final Map<String, Set<String>> jsonVariableKeys;

    /** A checker for models without Json variables. */
    public ModelConformanceChecker(Predicate<String> beanExists, Set<String> declaredVariables) {
        this(beanExists, declaredVariables, Map.of());
    }

    /**
     * @param beanExists        tells whether a Spring bean of the given name exists
     *                          (used for {@code camunda:delegateExpression="${beanName}"})
     * @param declaredVariables variable names declared in the processes' constants classes
     * @param jsonVariableKeys  the keys each Json variable holds (e.g. {@code caseSummary}: the
     *                          case summary's keys): a form may read {@code caseSummary.key} of
     *                          these only, and the variable counts as set wherever it is
     */
    public ModelConformanceChecker(Predicate<String> beanExists, Set<String> declaredVariables,
            Map<String, Set<String>> jsonVariableKeys) {
        this.beanExists = Objects.requireNonNull(beanExists, "beanExists");
        this.declaredVariables = Set.copyOf(declaredVariables);
        this.jsonVariableKeys = Map.copyOf(jsonVariableKeys);
    }

    /**
     * Checks every {@code *.bpmn} and {@code *.dmn} below {@code bpmnDir} and every {@code *.form}
     * below {@code formsDir} (recursively).
     *
     * @return all violations found, empty when the models conform
     * @throws IllegalArgumentException if either path is not a directory (so a wrong path cannot pass silently)
     */
    public List<Violation> check(Path bpmnDir, Path formsDir) {
        List<Violation> violations = new ArrayList<>();

        List<FormFile> forms = new ArrayList<>();
        for (Path file : filesEndingWith(formsDir, ".form")) {
            readForm(file, new Findings(relativeName(formsDir, file), violations), forms);
        }
        Set<String> formIds = forms.stream().map(FormFile::id).filter(Objects::nonNull).collect(Collectors.toSet());

        // form id -> variables read or provided by the BPMN files whose user tasks / start events use that form
        Map<String, Set<String>> variablesByFormId = new HashMap<>();
        for (Path file : filesEndingWith(bpmnDir, ".bpmn")) {
            checkBpmn(file, new Findings(relativeName(bpmnDir, file), violations), formIds, variablesByFormId);
        }
        for (Path file : filesEndingWith(bpmnDir, ".dmn")) {
            checkDmn(file, new Findings(relativeName(bpmnDir, file), violations));
        }

        for (FormFile form : forms) {
            // an unreferenced form may be used elsewhere, so only its structure is checked, not its bindings
            checkFormComponents(form.json().path("components"), "", variablesByFormId.get(form.id()), new HashSet<>(),
                    form.findings());
        }
        return violations;
    }

    // ---------------------------------------------------------------- BPMN

    private void checkBpmn(Path file, Findings out, Set<String> formIds, Map<String, Set<String>> variablesByFormId) {
        BpmnModelInstance model;
        try (InputStream in = Files.newInputStream(file)) {
            model = Bpmn.readModelFromStream(in);
        } catch (ModelException e) {
            out.add(null, BPMN_PARSE, "BPMN file cannot be parsed: " + rootCauseMessage(e));
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checkDiagram(model, out);
        checkProcessHistoryTimeToLive(model, out);
        checkNames(model, out);
        checkIds(model, out);
        checkAsyncRetries(model, out);
        checkTransactionBoundaries(model, out);
        checkGateways(model, out);
        checkVersionPolicy(model, out);
        checkEscalations(model, out);
        checkDuties(model, out);

        Set<String> referencedForms = checkFormReferences(model, out, formIds);
        Set<String> variables = scanCamundaExtensions(model, out);
        for (String formId : referencedForms) {
            variablesByFormId.computeIfAbsent(formId, id -> new HashSet<>()).addAll(variables);
        }
    }

    /** Every flow node needs a BPMNShape and every sequence flow a BPMNEdge, in any diagram of the file. */
    private static void checkDiagram(BpmnModelInstance model, Findings out) {
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(BpmnShape::getBpmnElement).filter(Objects::nonNull).map(BaseElement::getId)
                .collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(BpmnEdge::getBpmnElement).filter(Objects::nonNull).map(BaseElement::getId)
                .collect(Collectors.toSet());
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!shapes.contains(node.getId())) {
                out.add(node.getId(), DI_MISSING, "flow node has no BPMNShape in the diagram");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!edges.contains(flow.getId())) {
                out.add(flow.getId(), DI_MISSING, "sequence flow has no BPMNEdge in the diagram");
            }
        }
    }

    private static void checkProcessHistoryTimeToLive(BpmnModelInstance model, Findings out) {
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable() && isBlank(process.getCamundaHistoryTimeToLiveString())) {
                out.add(process.getId(), HISTORY_TTL_MISSING, "executable process has no camunda:historyTimeToLive");
            }
        }
    }

    private static void checkNames(BpmnModelInstance model, Findings out) {
        for (Class<? extends FlowNode> type : List.of(Task.class, Event.class, Gateway.class)) {
            for (FlowNode node : model.getModelElementsByType(type)) {
                if (isBlank(node.getName())) {
                    out.add(node.getId(), NAME_MISSING, type.getSimpleName().toLowerCase() + " has no name");
                }
            }
        }
        // Flows leaving a decision gateway carry the answer (是/否 ...). Parallel and event-based
        // gateways are left out: their branches are not answers to a question.
        Map<FlowNode, List<SequenceFlow>> flowsBySource = model.getModelElementsByType(SequenceFlow.class).stream()
                .filter(flow -> flow.getSource() != null)
                .collect(Collectors.groupingBy(SequenceFlow::getSource));
        flowsBySource.forEach((source, flows) -> {
            boolean decision = source instanceof ExclusiveGateway
                    || source instanceof InclusiveGateway
                    || source instanceof ComplexGateway;
            if (decision && flows.size() > 1) {
                flows.stream().filter(flow -> isBlank(flow.getName())).forEach(flow -> out.add(flow.getId(),
                        FLOW_NAME_MISSING, "sequence flow leaving gateway " + source.getId() + " has no name (the answer)"));
            }
        });
    }

    private static void checkIds(BpmnModelInstance model, Findings out) {
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            for (IdRule rule : ID_RULES) {
                if (rule.type().isInstance(element)) {
                    if (element.getId() == null || !rule.pattern().matcher(element.getId()).matches()) {
                        out.add(element.getId(), ID_STYLE, element.getElementType().getTypeName()
                                + " id must match " + rule.pattern().pattern());
                    }
                    break;
                }
            }
        }
        for (Message message : model.getModelElementsByType(Message.class)) {
            if (message.getName() == null || !MESSAGE_NAME.matcher(message.getName()).matches()) {
                out.add(message.getId(), MESSAGE_NAME_STYLE,
                        "message name '" + message.getName() + "' must match " + MESSAGE_NAME.pattern());
            }
        }
    }

    /**
     * Separation of duties as the model declares it (security/TaskDuties): a task kept apart from
     * the person who did an earlier step ({@code separateFrom}) names a variable that a user task
     * of the same diagram records ({@code recordCompletedBy}), else the rule would silently never
     * apply; a task offered to a leader group ({@code ...-leader}) is reserved to it
     * ({@code candidateGroupsOnly=true}), else the whole township team could claim it.
     */
    private static void checkDuties(BpmnModelInstance model, Findings out) {
        Set<String> recorded = new HashSet<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String variable = camundaProperty(task, "recordCompletedBy");
            if (!isBlank(variable)) {
                recorded.add(variable.trim());
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String separateFrom = camundaProperty(task, "separateFrom");
            if (!isBlank(separateFrom)) {
                for (String variable : separateFrom.split(",")) {
                    if (!variable.isBlank() && !recorded.contains(variable.trim())) {
                        out.add(task.getId(), DUTY_VARIABLE_UNRECORDED, "separateFrom names '" + variable.trim()
                                + "', which no user task of this diagram records (camunda:property recordCompletedBy)");
                    }
                }
            }
            String groups = task.getCamundaCandidateGroups();
            if (groups != null && Arrays.stream(groups.split(",")).map(String::trim).anyMatch(g -> g.endsWith("-leader"))
                    && !"true".equals(camundaProperty(task, "candidateGroupsOnly"))) {
                out.add(task.getId(), DUTY_LEADER_UNGUARDED, "task offered to a leader group has no camunda:property "
                        + "candidateGroupsOnly=true: every member of the township team could claim it");
            }
        }
    }

    private static String camundaProperty(UserTask task, String name) {
        if (task.getExtensionElements() == null) {
            return null;
        }
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
    }

    /**
     * Every async continuation (of a task, call activity, gateway or event, and of a multi-instance
     * activity's inner instances) needs an explicit retry cycle: the engine's default (three
     * immediate retries) would turn a short outage into an incident within seconds.
     */
    private static void checkAsyncRetries(BpmnModelInstance model, Findings out) {
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            MultiInstanceLoopCharacteristics loop = multiInstance(node);
            boolean async = node.isCamundaAsyncBefore() || isAsyncAfter(node)
                    || loop != null && (loop.isCamundaAsyncBefore() || loop.isCamundaAsyncAfter());
            if (async && !hasRetryCycle(node) && (loop == null || !hasRetryCycle(loop))) {
                out.add(node.getId(), ASYNC_RETRY_MISSING,
                        "async element has no camunda:failedJobRetryTimeCycle extension element");
            }
        }
    }

    /**
     * Transaction boundaries (docs/transactions.md): what follows a person's task runs in a job of
     * its own, so a failure there is a retried job and not a rolled-back form; a called process, each
     * completed instance of a multi-instance activity and a join where branches may arrive together
     * run in a job of their own, so two of them finishing at once is a retry, not an error for a person.
     */
    private static void checkTransactionBoundaries(BpmnModelInstance model, Findings out) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (!task.isCamundaAsyncAfter()) {
                out.add(task.getId(), USER_TASK_NOT_ASYNC_AFTER, "user task is not camunda:asyncAfter: what follows "
                        + "it would run in the person's transaction and a failure there would roll back their form");
            }
        }
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            if (!call.isCamundaAsyncBefore() || !call.isCamundaAsyncAfter()) {
                out.add(call.getId(), CALL_ACTIVITY_NOT_ASYNC,
                        "call activity needs camunda:asyncBefore and camunda:asyncAfter");
            }
        }
        for (MultiInstanceLoopCharacteristics loop : model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
            if (!loop.isCamundaAsyncAfter()) {
                out.add(((BaseElement) loop.getParentElement()).getId(), MULTI_INSTANCE_NOT_ASYNC,
                        "multiInstanceLoopCharacteristics is not camunda:asyncAfter: instances completing together clash");
            }
        }
        for (Class<? extends Gateway> type : List.of(ParallelGateway.class, InclusiveGateway.class)) {
            for (Gateway gateway : model.getModelElementsByType(type)) {
                if (gateway.getIncoming().size() > 1 && !gateway.isCamundaAsyncBefore()) {
                    out.add(gateway.getId(), JOIN_NOT_ASYNC,
                            "joining gateway is not camunda:asyncBefore: branches arriving together clash");
                }
            }
        }
    }

    private static boolean alwaysTaken(SequenceFlow flow) {
        return flow.getConditionExpression() != null
                && flow.getConditionExpression().getTextContent().replaceAll("\\s", "").equals("${true}");
    }

    /**
     * No dead ends: a diverging exclusive or inclusive gateway has a default flow (without a
     * condition), so a value nobody foresaw takes the careful path instead of failing with "no
     * outgoing sequence flow"; conditions read flags or exact values, never substrings.
     */
    private static void checkGateways(BpmnModelInstance model, Findings out) {
        // an inclusive gateway with a branch always taken (${true}: DiscoveryCase's visit) has no
        // dead end and could never take a default flow
        List<Gateway> deciding = new ArrayList<>(model.getModelElementsByType(ExclusiveGateway.class));
        deciding.addAll(model.getModelElementsByType(InclusiveGateway.class));
        for (Gateway gateway : deciding) {
            SequenceFlow defaultFlow = gateway instanceof ExclusiveGateway exclusive ? exclusive.getDefault()
                    : ((InclusiveGateway) gateway).getDefault();
            if (gateway.getOutgoing().size() > 1 && defaultFlow == null && !(gateway instanceof InclusiveGateway
                    && gateway.getOutgoing().stream().anyMatch(ModelConformanceChecker::alwaysTaken))) {
                out.add(gateway.getId(), GATEWAY_DEFAULT_MISSING, "diverging gateway has no default flow");
            }
            if (defaultFlow != null && defaultFlow.getConditionExpression() != null) {
                out.add(defaultFlow.getId(), GATEWAY_DEFAULT_MISSING,
                        "default flow of gateway " + gateway.getId() + " carries a condition");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            ConditionExpression condition = flow.getConditionExpression();
            if (condition != null && SUBSTRING_TEST.matcher(condition.getTextContent()).find()) {
                out.add(flow.getId(), CONDITION_SUBSTRING, "condition '" + condition.getTextContent().trim()
                        + "' tests a substring; read an explicit flag or an exact value");
            }
        }
    }

    /**
     * The version policy (README "Deploying a new version"): every process carries its contract
     * version and a job priority; callers bind called processes, decisions and forms by deployment:
     * a deployment is one release of the whole model set (README, Deploying a new version).
     */
    private static void checkVersionPolicy(BpmnModelInstance model, Findings out) {
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!process.isExecutable()) {
                continue;
            }
            if (isBlank(process.getCamundaVersionTag())) {
                out.add(process.getId(), VERSION_TAG_MISSING, "executable process has no camunda:versionTag");
            }
            if (isBlank(process.getCamundaJobPriority())) {
                out.add(process.getId(), JOB_PRIORITY_MISSING, "executable process has no camunda:jobPriority");
            }
        }
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            if (!"deployment".equals(call.getCamundaCalledElementBinding())) {
                out.add(call.getId(), BINDING_POLICY, "call activity must be bound with camunda:calledElementBinding="
                        + "\"deployment\" (a release calls the processes deployed with it; a version tag bound twice fails)");
            }
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            if (!isBlank(task.getCamundaDecisionRef()) && !"deployment".equals(task.getCamundaDecisionRefBinding())) {
                out.add(task.getId(), BINDING_POLICY, "business rule task must be bound with camunda:decisionRefBinding="
                        + "\"deployment\" (a release evaluates the decisions deployed with it)");
            }
        }
    }

    /**
     * Escalations end with what they chase: a non-interrupting timer on a task whose path leads to
     * a person's task (a reminder, a 督办) sits inside an embedded subprocess that has a terminate
     * end event, so finishing the chased task ends the escalation too.
     */
    private static void checkEscalations(BpmnModelInstance model, Findings out) {
        for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
            boolean timer = boundary.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance);
            if (boundary.cancelActivity() || !timer || !reachesUserTask(boundary)) {
                continue;
            }
            boolean terminated = boundary.getAttachedTo().getParentElement() instanceof SubProcess scope
                    && scope.getChildElementsByType(EndEvent.class).stream().anyMatch(end -> end.getEventDefinitions()
                            .stream().anyMatch(TerminateEventDefinition.class::isInstance));
            if (!terminated) {
                out.add(boundary.getId(), ESCALATION_OUTLIVES_TASK, "escalation leads to a user task but its task is "
                        + "not in an embedded subprocess with a terminate end event: it would outlive the task it chases");
            }
        }
    }

    private static boolean reachesUserTask(FlowNode start) {
        Set<FlowNode> seen = new HashSet<>();
        List<FlowNode> next = new ArrayList<>(List.of(start));
        while (!next.isEmpty()) {
            FlowNode node = next.remove(next.size() - 1);
            if (!seen.add(node)) {
                continue;
            }
            if (node instanceof UserTask) {
                return true;
            }
            node.getOutgoing().forEach(flow -> next.add(flow.getTarget()));
        }
        return false;
    }

    /** An event-based gateway has no async-after (the model API throws when asked). */
    private static boolean isAsyncAfter(FlowNode node) {
        return !(node instanceof EventBasedGateway) && node.isCamundaAsyncAfter();
    }

    private static MultiInstanceLoopCharacteristics multiInstance(FlowNode node) {
        return node instanceof Activity activity
                && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop ? loop : null;
    }

    private static boolean hasRetryCycle(BaseElement element) {
        return element.getExtensionElements() != null
                && element.getExtensionElements().getElementsQuery()
                        .filterByType(CamundaFailedJobRetryTimeCycle.class).list().stream()
                        .anyMatch(cycle -> !isBlank(cycle.getTextContent()));
    }

    /** @return ids of the forms referenced by user tasks and start events */
    private static Set<String> checkFormReferences(BpmnModelInstance model, Findings out, Set<String> formIds) {
        Set<String> referenced = new HashSet<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            checkFormReference(task, task.getCamundaFormKey(), task.getCamundaFormRef(), task.getCamundaFormRefBinding(),
                    task.getCamundaFormRefVersion(), true, out, formIds, referenced);
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            checkFormReference(start, start.getCamundaFormKey(), start.getCamundaFormRef(),
                    start.getCamundaFormRefBinding(), start.getCamundaFormRefVersion(), false, out, formIds, referenced);
        }
        return referenced;
    }

    private static void checkFormReference(FlowNode node, String formKey, String formRef, String binding,
            String version, boolean formRequired, Findings out, Set<String> formIds, Set<String> referenced) {
        if (!isBlank(formKey)) {
            out.add(node.getId(), FORM_KEY_USED, "uses camunda:formKey '" + formKey
                    + "'; reference a Camunda Form with camunda:formRef and camunda:formRefBinding instead");
            return;
        }
        if (isBlank(formRef)) {
            if (formRequired) {
                out.add(node.getId(), FORM_REF_MISSING, "user task has no camunda:formRef");
            }
            return;
        }
        referenced.add(formRef);
        if (isBlank(binding)) {
            out.add(node.getId(), FORM_REF_BINDING, "camunda:formRef has no camunda:formRefBinding");
        } else if (!FORM_REF_BINDINGS.contains(binding)) {
            out.add(node.getId(), FORM_REF_BINDING,
                    "camunda:formRefBinding must be one of " + FORM_REF_BINDINGS + " but is '" + binding + "'");
        } else if (binding.equals("version") && isBlank(version)) {
            out.add(node.getId(), FORM_REF_BINDING, "camunda:formRefBinding 'version' needs camunda:formRefVersion");
        }
        if (!isBlank(binding) && FORM_REF_BINDINGS.contains(binding) && !binding.equals("deployment")) {
            out.add(node.getId(), BINDING_POLICY, "camunda:formRefBinding must be 'deployment' (the form deployed with "
                    + "its diagram) but is '" + binding + "'");
        }
        if (!formIds.contains(formRef)) {
            out.add(node.getId(), FORM_REF_UNKNOWN, "camunda:formRef '" + formRef + "' names no form in the forms directory");
        }
    }

    /**
     * Walks the raw XML once: checks every camunda:delegateExpression and camunda:class (wherever
     * they appear, including listeners and event definitions) and collects the variable names the
     * file reads or provides: identifiers inside any ${...} / #{...} expression (attribute values and
     * element text), input/output parameter names, camunda:in/out sources and targets, and
     * attributes such as camunda:resultVariable.
     */
    private Set<String> scanCamundaExtensions(BpmnModelInstance model, Findings out) {
        Set<String> variables = new HashSet<>();
        Document document = (Document) model.getDocument().getDomSource().getNode();
        scanElement(document.getDocumentElement(), variables, out);
        return variables;
    }

    private void scanElement(Element element, Set<String> variables, Findings out) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String value = attribute.getValue();
            addExpressionIdentifiers(value, variables);

            String camundaAttribute = camundaAttributeName(element, attribute);
            if (camundaAttribute == null) {
                continue;
            }
            if (camundaAttribute.equals("delegateExpression")) {
                checkDelegateExpression(ownerId(element), value, out);
            } else if (camundaAttribute.equals("class")) {
                out.add(ownerId(element), CAMUNDA_CLASS,
                        "uses camunda:class '" + value + "'; wire a Spring bean with camunda:delegateExpression instead");
            } else if (namesVariable(element, camundaAttribute) && IDENTIFIER.matcher(value).matches()) {
                variables.add(value);
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                scanElement(childElement, variables, out);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                addExpressionIdentifiers(child.getNodeValue(), variables);
            }
        }
    }

    /**
     * Local name of a Camunda attribute: either namespace-qualified ({@code camunda:class} on a BPMN
     * element) or unqualified on a Camunda extension element ({@code class} on
     * {@code camunda:executionListener}); {@code null} for any other attribute.
     */
    private static String camundaAttributeName(Element element, Attr attribute) {
        if (CAMUNDA_NS.equals(attribute.getNamespaceURI())
                || attribute.getNamespaceURI() == null && CAMUNDA_NS.equals(element.getNamespaceURI())) {
            return attribute.getLocalName();
        }
        return null;
    }

    private static boolean namesVariable(Element element, String camundaAttribute) {
        if (CAMUNDA_NS.equals(element.getNamespaceURI())) {
            return VARIABLE_ELEMENT_ATTRIBUTES.getOrDefault(element.getLocalName(), Set.of()).contains(camundaAttribute);
        }
        return VARIABLE_ATTRIBUTES.contains(camundaAttribute);
    }

    private void checkDelegateExpression(String elementId, String expression, Findings out) {
        Matcher matcher = BEAN_EXPRESSION.matcher(expression);
        if (!matcher.matches()) {
            out.add(elementId, DELEGATE_EXPRESSION_FORMAT,
                    "camunda:delegateExpression '" + expression + "' must be exactly ${beanName}");
        } else if (!beanExists.test(matcher.group(1))) {
            out.add(elementId, DELEGATE_BEAN_UNKNOWN,
                    "camunda:delegateExpression names bean '" + matcher.group(1) + "' which does not exist");
        }
    }

    /**
     * Every identifier-like token inside ${...} / #{...}, string literals included, so that
     * {@code ${execution.getVariable('x')}} counts as reading {@code x}. Over-collecting only makes
     * the form-binding rule more lenient; it never causes a false violation.
     */
    private static void addExpressionIdentifiers(String text, Set<String> variables) {
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            IDENTIFIER.matcher(expression.group(1)).results().map(result -> result.group()).forEach(variables::add);
        }
    }

    /**
     * Id of the element a Camunda attribute belongs to: the nearest ancestor-or-self with an id,
     * skipping event definitions so that a message end event is reported rather than its definition.
     */
    private static String ownerId(Element element) {
        Node node = element;
        while (node instanceof Element current) {
            if (!current.getAttribute("id").isBlank() && !current.getLocalName().endsWith("EventDefinition")) {
                return current.getAttribute("id");
            }
            node = current.getParentNode();
        }
        return null;
    }

    // ---------------------------------------------------------------- DMN

    private static void checkDmn(Path file, Findings out) {
        DmnModelInstance model;
        try (InputStream in = Files.newInputStream(file)) {
            model = Dmn.readModelFromStream(in);
        } catch (ModelException e) {
            out.add(null, DMN_PARSE, "DMN file cannot be parsed: " + rootCauseMessage(e));
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            String id = decision.getId();
            if (id == null || !PASCAL_CASE.matcher(id).matches()) {
                out.add(id, ID_STYLE, "decision id must match " + PASCAL_CASE.pattern());
            }
            if (isBlank(decision.getName())) {
                out.add(id, NAME_MISSING, "decision has no name");
            }
            if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
                out.add(id, HISTORY_TTL_MISSING, "decision has no camunda:historyTimeToLive");
            }
            if (isBlank(decision.getVersionTag())) {
                out.add(id, VERSION_TAG_MISSING, "decision has no camunda:versionTag");
            }
        }
    }

    // ---------------------------------------------------------------- Forms

    private void readForm(Path file, Findings out, List<FormFile> forms) {
        JsonNode json;
        try {
            json = objectMapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            out.add(null, FORM_PARSE, "form is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")");
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (json == null || !json.isObject()) {
            out.add(null, FORM_PARSE, "form is not a JSON object");
            return;
        }
        String id = text(json, "id");
        if (isBlank(id)) {
            out.add(null, FORM_HEADER, "form has no id");
            id = null;
        }
        if (!"default".equals(text(json, "type"))) {
            out.add(id, FORM_HEADER, "form type must be 'default' but is '" + text(json, "type") + "'");
        }
        JsonNode schemaVersion = json.path("schemaVersion");
        if (!schemaVersion.isInt() || schemaVersion.intValue() != FORM_SCHEMA_VERSION) {
            out.add(id, FORM_HEADER, "schemaVersion must be " + FORM_SCHEMA_VERSION + " but is " + schemaVersion);
        }
        forms.add(new FormFile(id, json, out));
    }

    /**
     * Walks form components recursively. A container with a {@code path} (dynamic list, group bound
     * to an object) prefixes the keys inside it, so the bound variable is the first segment of
     * {@code path.key}; key uniqueness is checked on that full binding path.
     *
     * @param processVariables variables known to the processes using this form, {@code null} if no process uses it
     */
    private void checkFormComponents(JsonNode components, String pathPrefix, Set<String> processVariables,
            Set<String> bindings, Findings out) {
        for (JsonNode component : components) {
            String key = text(component, "key");
            String label = text(component, "label");
            String componentId = Objects.requireNonNullElse(text(component, "id"), key);
            // hidden fields have no label by design
            boolean labelled = !"hidden".equals(text(component, "type"));
            if (labelled && (key != null || label != null) && (label == null || !containsHan(label))) {
                out.add(componentId, FORM_LABEL, "label '" + label + "' must contain Chinese text");
            }
            checkJsonKeys(component, componentId, out);
            if ("text".equals(text(component, "type")) && text(component, "text") != null) {
                var interpolation = BARE_INTERPOLATION.matcher(text(component, "text"));
                while (interpolation.find()) {
                    if (!SYSTEM_VALUES.contains(interpolation.group(1))) {
                        out.add(componentId, FORM_TEXT_UNESCAPED, "text view shows '" + interpolation.group(1)
                                + "' unescaped; write {{if " + interpolation.group(1) + " = null then \"\" else replace("
                                + interpolation.group(1) + ", \"<\", \"&lt;\")}} so that typed markup shows as text");
                    }
                }
            }
            if (key != null) {
                String binding = pathPrefix + key;
                if (!bindings.add(binding)) {
                    out.add(componentId, FORM_DUPLICATE_KEY, "field key '" + binding + "' is used more than once");
                }
                String variable = binding.split("\\.", 2)[0];
                if (processVariables != null && !declaredVariables.contains(variable)
                        && !jsonVariableKeys.containsKey(variable) && !processVariables.contains(variable)) {
                    out.add(componentId, FORM_FIELD_UNBOUND, "field key '" + binding + "': variable '" + variable
                            + "' is neither declared in a constants class nor read or provided by the process");
                }
            }
            if (component.has("components")) {
                String path = text(component, "path");
                String nestedPrefix = isBlank(path) ? pathPrefix : pathPrefix + path + ".";
                checkFormComponents(component.get("components"), nestedPrefix, processVariables, bindings, out);
            }
        }
    }

    /**
     * Every {@code variable.key} a component reads, in its text's templates, its FEEL expressions
     * ({@code "=..."}, e.g. a conditional) or its key, where {@code variable} is a Json variable:
     * the key must be one the variable holds (a typo shows an empty field in Tasklist, silently).
     */
    private void checkJsonKeys(JsonNode component, String componentId, Findings out) {
        if (jsonVariableKeys.isEmpty()) {
            return;
        }
        List<String> expressions = new ArrayList<>();
        collectExpressions(component, expressions);
        String key = text(component, "key");
        if (key != null) {
            expressions.add(key);
        }
        for (String expression : expressions) {
            Matcher path = KEY_PATH.matcher(FEEL_STRING.matcher(expression).replaceAll("\"\""));
            while (path.find()) {
                Set<String> keys = jsonVariableKeys.get(path.group(1));
                if (keys != null && !keys.contains(path.group(2))) {
                    out.add(componentId, FORM_JSON_KEY_UNKNOWN, "reads '" + path.group() + "', but the Json variable '"
                            + path.group(1) + "' holds only " + new java.util.TreeSet<>(keys));
                }
            }
        }
    }

    /** Templates of text values and FEEL expressions among a component's own values (not its children's). */
    private static void collectExpressions(JsonNode node, List<String> expressions) {
        if (node.isArray()) {
            node.forEach(element -> collectExpressions(element, expressions));
            return;
        }
        node.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (field.getKey().equals("components")) {
                return;
            }
            if (value.isTextual()) {
                String text = value.asText();
                if (text.startsWith("=")) {
                    expressions.add(text.substring(1));
                }
                TEMPLATE.matcher(text).results().map(result -> result.group(1)).forEach(expressions::add);
            } else if (value.isContainerNode()) {
                collectExpressions(value, expressions);
            }
        });
    }

    private static boolean containsHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    // ---------------------------------------------------------------- helpers

    private static List<Path> filesEndingWith(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a directory: " + dir.toAbsolutePath());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relativeName(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The model API wraps the useful SAX message (with its line number) in generic exceptions. */
    private static String rootCauseMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Collects the violations of one file. */
    private record Findings(String file, Collection<Violation> violations) {
        void add(String elementId, String rule, String message) {
            violations.add(new Violation(file, elementId, rule, message));
        }
    }

    private record FormFile(String id, JsonNode json, Findings findings) {
    }

    private record IdRule(Class<? extends BaseElement> type, Pattern pattern) {
        IdRule(Class<? extends BaseElement> type, String prefix) {
            this(type, Pattern.compile(prefix + PASCAL_CASE.pattern())); // prefixes hold no regex metacharacters
        }
    }
}
