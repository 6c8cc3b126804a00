package cn.qingyang.assistance.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess;
import cn.qingyang.assistance.intake.CaseSummary;
import cn.qingyang.assistance.workflow.ModelConstants;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every diagram, decision and form an administrator may edit in Modeler (bpmn/, forms/) follows
 * the house rules; delegate beans are checked against the running application context.
 */
@IntegrationTest
class ModelsConformToHouseRulesIT {

    @Autowired
    ApplicationContext context;

    @Test
    void everyModelUnderBpmnAndFormsConforms() throws Exception {
        ModelConformanceChecker checker = new ModelConformanceChecker(context::containsBean, declaredVariables(),
                Map.of(DiscoveryCaseProcess.CASE_SUMMARY, CaseSummary.KEYS));
        List<Violation> violations = checker.check(Path.of("bpmn"), Path.of("forms"));
        assertThat(violations).isEmpty();
    }

    /** Every String constant of every {@link ModelConstants} class. */
    static Set<String> declaredVariables() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ModelConstants.class));
        Set<String> names = new HashSet<>();
        for (var candidate : scanner.findCandidateComponents("cn.qingyang.assistance")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), null);
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                    field.setAccessible(true);
                    names.add((String) field.get(null));
                }
            }
        }
        return names;
    }
}
