package cn.qingyang.assistance.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.workflow.ModelConstants;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Tests and delegates name a diagram's elements through constants: a nested class named after the
 * process in its {@link ModelConstants} class ({@code DiscoveryCaseProcess.DiscoveryCase}). Each
 * such class must list exactly the flow nodes of that process as the diagram under bpmn/ has
 * them, so that an administrator renaming an element in Modeler breaks this test, not a case.
 */
class ElementConstantsTest {

    @Test
    void everyDiagramsElementsAreConstantsAndEveryConstantIsAnElement() throws Exception {
        Map<String, Set<String>> diagrams = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (Process process : model.getModelElementsByType(Process.class)) {
                    Set<String> ids = new HashSet<>();
                    model.getModelElementsByType(FlowNode.class).forEach(node -> ids.add(node.getId()));
                    diagrams.put(process.getId(), ids);
                }
            }
        }
        Map<String, Set<String>> constants = new HashMap<>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ModelConstants.class));
        for (var candidate : scanner.findCandidateComponents("cn.qingyang.assistance")) {
            for (Class<?> nested : ClassUtils.forName(candidate.getBeanClassName(), null).getDeclaredClasses()) {
                Set<String> values = new HashSet<>();
                for (Field field : nested.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                        values.add((String) field.get(null));
                    }
                }
                constants.put(nested.getSimpleName(), values);
            }
        }
        assertThat(constants.keySet()).as("one nested constants class per diagram under bpmn%s", File.separator)
                .containsExactlyInAnyOrderElementsOf(diagrams.keySet());
        diagrams.forEach((process, ids) -> assertThat(constants.get(process)).as("element IDs of %s", process)
                .containsExactlyInAnyOrderElementsOf(ids));
    }
}
