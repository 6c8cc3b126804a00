package cn.qingyang.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The coverage floor leaves out of a *ProcessIT class's figure the processes it does not name
 * ({@link ProcessesUnderTest}); this keeps that honest: every class names its processes, and every
 * diagram under bpmn/ is named by exactly one class, so each process meets the floor somewhere.
 */
class ProcessesUnderTestTest {

    @Test
    void everyProcessIsUnderTestInExactlyOneProcessTestClass() throws Exception {
        List<String> processes = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).stream()
                        .filter(Process::isExecutable).forEach(process -> processes.add(process.getId()));
            }
        }
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*ProcessIT")));
        Map<String, List<String>> classesByProcess = new HashMap<>();
        List<String> unnamed = new ArrayList<>();
        var classes = scanner.findCandidateComponents("cn.qingyang.assistance");
        for (var candidate : classes) {
            Class<?> testClass = ClassUtils.forName(candidate.getBeanClassName(), null);
            ProcessesUnderTest under = testClass.getAnnotation(ProcessesUnderTest.class);
            if (under == null) {
                unnamed.add(testClass.getSimpleName());
                continue;
            }
            for (String key : under.value()) {
                classesByProcess.computeIfAbsent(key, k -> new ArrayList<>()).add(testClass.getSimpleName());
            }
        }
        assertThat(classes).as("the process test classes").hasSizeGreaterThan(5);
        assertThat(unnamed).as("*ProcessIT classes without @ProcessesUnderTest").isEmpty();
        assertThat(classesByProcess.keySet()).as("processes named by the *ProcessIT classes, against bpmn/")
                .containsExactlyInAnyOrderElementsOf(processes);
        classesByProcess.forEach((process, named) -> assertThat(named).as("classes naming %s", process).hasSize(1));
    }
}
