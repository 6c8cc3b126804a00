package cn.qingyang.assistance.traceability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Builds the traceability table: every clause of the notice and every time limit of the catalogue
 * (a TSV file), the model elements that implement it (BPMN: a {@code camunda:property} named
 * {@value #PROPERTY}; DMN: a line {@code clause: ...} in a decision's description) and the test
 * methods that prove it ({@link Proves}).
 *
 * <p>Plain Java, no Spring. {@link #generate} never throws for a broken catalogue, model or mark:
 * every problem comes back as a sentence in {@link Result#problems()}, so that one run names them all.
 */
public final class TraceabilityTable {

    /** The name of the BPMN extension property that names the ids an element implements. */
    public static final String PROPERTY = "clause";
    /** The prefix of the line of a DMN decision's description that names the ids it implements. */
    public static final String DMN_PREFIX = "clause:";
    /** The prefix of an {@code implemented_by} entry: a Java class, for what no model element holds. */
    public static final String CLASS_PREFIX = "class:";

    private static final List<String> HEADER = List.of("id", "kind", "source", "zh", "en", "implemented_by");
    private static final Map<String, String> KINDS = Map.of(
            "clause", "clause of the notice", "limit", "legal time limit or rule", "default", "our own default");
    /** JUnit Jupiter annotations that make a method a test. */
    private static final Set<String> TEST_ANNOTATIONS = Set.of("org.junit.jupiter.api.Test",
            "org.junit.jupiter.params.ParameterizedTest", "org.junit.jupiter.api.RepeatedTest",
            "org.junit.jupiter.api.TestFactory", "org.junit.jupiter.api.TestTemplate");

    /** One row of the catalogue. */
    public record Requirement(String id, String kind, String source, String zh, String en, List<String> implementedBy) {
    }

    /** A model element that carries a mark: a BPMN element of a process, or a DMN decision (process null). */
    public record ModelElement(String file, String process, String id, String name) {
    }

    /** The generated Markdown and every problem found; the table is only trustworthy without problems. */
    public record Result(String markdown, List<String> problems, int elementsMarked, int testsMarked) {
    }

    private TraceabilityTable() {
    }

    /**
     * @param catalogue   the catalogue TSV (header {@code id kind source zh en implemented_by})
     * @param modelsDir   the directory holding the {@code *.bpmn} and {@code *.dmn} files (not recursive)
     * @param testClasses the test classes whose methods may carry {@link Proves}
     * @param classExists tells whether a class named in {@code implemented_by} exists
     * @param linkPrefix  how the Markdown links a model file: this prefix and the file name
     */
    public static Result generate(Path catalogue, Path modelsDir, Collection<Class<?>> testClasses,
            Predicate<String> classExists, String linkPrefix) {
        List<String> problems = new ArrayList<>();
        List<Requirement> requirements = readCatalogue(catalogue, classExists, problems);
        Set<String> known = requirements.stream().map(Requirement::id).collect(Collectors.toSet());

        Map<String, List<ModelElement>> elements = new LinkedHashMap<>();
        int elementsMarked = readModels(modelsDir, known, elements, problems);
        Map<String, Set<String>> tests = new LinkedHashMap<>();
        int testsMarked = readProofs(testClasses, known, tests, problems);

        for (Requirement requirement : requirements) {
            if (elements.getOrDefault(requirement.id(), List.of()).isEmpty() && requirement.implementedBy().isEmpty()) {
                problems.add(requirement.id() + " has no model element (mark one with the camunda:property '" + PROPERTY
                        + "', or name the class in implemented_by)");
            }
            if (tests.getOrDefault(requirement.id(), Set.of()).isEmpty()) {
                problems.add(requirement.id() + " has no test (annotate the test that proves it with @Proves(\""
                        + requirement.id() + "\"))");
            }
        }
        String markdown = markdown(requirements, elements, tests, elementsMarked, testsMarked, linkPrefix);
        return new Result(markdown, List.copyOf(problems), elementsMarked, testsMarked);
    }

    // ---------------------------------------------------------------- catalogue

    static List<Requirement> readCatalogue(Path file, Predicate<String> classExists, List<String> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalogue " + file, e);
        }
        String where = file.getFileName().toString();
        if (lines.isEmpty() || !Arrays.asList(lines.get(0).split("\t", -1)).equals(HEADER)) {
            problems.add(where + ": the first line must be the header " + String.join("<TAB>", HEADER));
            return List.of();
        }
        List<Requirement> requirements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String at = where + " line " + (i + 1);
            if (cells.length != HEADER.size()) {
                problems.add(at + ": " + cells.length + " columns, expected " + HEADER.size() + " separated by tabs");
                continue;
            }
            String id = cells[0].strip();
            if (!id.matches("[A-Za-z0-9][A-Za-z0-9.\\-]*")) {
                problems.add(at + ": id '" + id + "' must be letters, digits, dots and hyphens");
                continue;
            }
            if (!ids.add(id)) {
                problems.add(at + ": id " + id + " appears twice");
            }
            if (!KINDS.containsKey(cells[1].strip())) {
                problems.add(at + ": kind '" + cells[1] + "' must be one of " + new TreeSet<>(KINDS.keySet()));
            }
            if (cells[3].isBlank() || cells[4].isBlank()) {
                problems.add(at + ": " + id + " needs its Chinese and its English wording");
            }
            List<String> implementedBy = splitIds(cells[5]);
            for (String entry : implementedBy) {
                if (!entry.startsWith(CLASS_PREFIX)) {
                    problems.add(at + ": implemented_by '" + entry + "' must be " + CLASS_PREFIX + "<fully qualified class name>");
                } else if (!classExists.test(entry.substring(CLASS_PREFIX.length()))) {
                    problems.add(at + ": " + id + " is implemented by " + entry.substring(CLASS_PREFIX.length())
                            + ", which does not exist (moved or renamed?)");
                }
            }
            requirements.add(new Requirement(id, cells[1].strip(), cells[2].strip(), cells[3].strip(), cells[4].strip(),
                    implementedBy));
        }
        if (requirements.isEmpty()) {
            problems.add(where + " lists nothing");
        }
        return requirements;
    }

    private static List<String> splitIds(String text) {
        return Arrays.stream(text.strip().split("[\\s,]+")).filter(s -> !s.isEmpty()).toList();
    }

    // ---------------------------------------------------------------- models

    private static int readModels(Path dir, Set<String> known, Map<String, List<ModelElement>> elements,
            List<String> problems) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a directory: " + dir.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".bpmn") || p.toString().endsWith(".dmn")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int marked = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            List<Mark> marks = new ArrayList<>();
            try (InputStream in = Files.newInputStream(file)) {
                if (name.endsWith(".bpmn")) {
                    bpmnMarks(Bpmn.readModelFromStream(in), name, marks);
                } else {
                    dmnMarks(Dmn.readModelFromStream(in), name, marks);
                }
            } catch (ModelException e) {
                problems.add(name + " cannot be parsed: " + e.getMessage());
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Mark mark : marks) {
                marked++;
                if (mark.ids().isEmpty()) {
                    problems.add(name + ": " + mark.element().id() + " has an empty clause mark");
                }
                for (String id : mark.ids()) {
                    if (known.contains(id)) {
                        elements.computeIfAbsent(id, k -> new ArrayList<>()).add(mark.element());
                    } else {
                        problems.add(name + ": " + mark.element().id() + " names " + id + ", which the catalogue does not know");
                    }
                }
            }
        }
        return marked;
    }

    private record Mark(ModelElement element, List<String> ids) {
    }

    private static void bpmnMarks(BpmnModelInstance model, String file, List<Mark> marks) {
        for (BaseElement element : inDocumentOrder(model)) {
            if (element.getExtensionElements() == null) {
                continue;
            }
            List<String> values = element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class)
                    .list().stream()
                    .flatMap(properties -> properties.getCamundaProperties().stream())
                    .filter(property -> PROPERTY.equals(property.getCamundaName()))
                    .map(CamundaProperty::getCamundaValue).toList();
            if (!values.isEmpty()) {
                String name = element instanceof FlowElement flowElement ? flowElement.getName()
                        : element instanceof Process process ? process.getName() : null;
                ModelElement at = new ModelElement(file, processOf(element), element.getId(), name == null ? "" : name);
                marks.add(new Mark(at, values.stream().flatMap(v -> splitIds(v == null ? "" : v).stream()).toList()));
            }
        }
    }

    /** The BPMN elements with an id as the file lists them (the model API groups them by type). */
    private static List<BaseElement> inDocumentOrder(BpmnModelInstance model) {
        List<BaseElement> elements = new ArrayList<>();
        List<DomElement> pending = new ArrayList<>(List.of(model.getDocument().getRootElement()));
        while (!pending.isEmpty()) {
            DomElement dom = pending.remove(0);
            String id = dom.getAttribute("id");
            if (id != null && model.getModelElementById(id) instanceof BaseElement element) {
                elements.add(element);
            }
            pending.addAll(0, dom.getChildElements());
        }
        return elements;
    }

    private static String processOf(ModelElementInstance element) {
        for (ModelElementInstance at = element; at != null; at = at.getParentElement()) {
            if (at instanceof Process process) {
                return process.getId();
            }
        }
        return "";
    }

    private static void dmnMarks(DmnModelInstance model, String file, List<Mark> marks) {
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (decision.getDescription() == null || decision.getDescription().getTextContent() == null) {
                continue;
            }
            List<String> lines = decision.getDescription().getTextContent().lines().map(String::strip)
                    .filter(line -> line.startsWith(DMN_PREFIX)).toList();
            if (!lines.isEmpty()) {
                List<String> ids = lines.stream().flatMap(line -> splitIds(line.substring(DMN_PREFIX.length())).stream()).toList();
                marks.add(new Mark(new ModelElement(file, null, decision.getId(),
                        decision.getName() == null ? "" : decision.getName()), ids));
            }
        }
    }

    // ---------------------------------------------------------------- tests

    private static int readProofs(Collection<Class<?>> classes, Set<String> known, Map<String, Set<String>> tests,
            List<String> problems) {
        int marked = 0;
        List<Class<?>> sorted = classes.stream().sorted(Comparator.comparing(Class::getName)).toList();
        for (Class<?> type : sorted) {
            Method[] methods;
            try {
                methods = type.getDeclaredMethods();
            } catch (LinkageError e) {
                problems.add(type.getName() + " cannot be read for @Proves: " + e);
                continue;
            }
            for (Method method : methods) {
                Proves[] proves = method.getAnnotationsByType(Proves.class);
                if (proves.length == 0) {
                    continue;
                }
                marked++;
                String test = testName(type) + "#" + method.getName();
                if (Arrays.stream(method.getAnnotations()).map(Annotation::annotationType).map(Class::getName)
                        .noneMatch(TEST_ANNOTATIONS::contains)) {
                    problems.add(test + " carries @Proves but is not a test (no @Test or @ParameterizedTest)");
                    continue;
                }
                for (Proves prove : proves) {
                    for (String id : prove.value()) {
                        if (known.contains(id)) {
                            tests.computeIfAbsent(id, k -> new TreeSet<>()).add(test);
                        } else {
                            problems.add(test + " proves " + id + ", which the catalogue does not know");
                        }
                    }
                }
            }
        }
        return marked;
    }

    /** The class name without its package, nested classes with their outer class. */
    private static String testName(Class<?> type) {
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /**
     * The classes compiled under {@code classesDir}, loaded without initialising them; names for
     * which {@code include} is false are left out.
     */
    public static List<Class<?>> classesUnder(Path classesDir, ClassLoader loader, Predicate<String> include) {
        try (Stream<Path> files = Files.walk(classesDir)) {
            List<String> names = files.map(classesDir::relativize).map(Path::toString)
                    .filter(p -> p.endsWith(".class") && !p.endsWith("module-info.class") && !p.endsWith("package-info.class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('\\', '/').replace('/', '.'))
                    .filter(include).sorted().toList();
            List<Class<?>> classes = new ArrayList<>();
            for (String name : names) {
                try {
                    classes.add(Class.forName(name, false, loader));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("compiled but not loadable: " + name, e);
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- Markdown

    private static String markdown(List<Requirement> requirements, Map<String, List<ModelElement>> elements,
            Map<String, Set<String>> tests, int elementsMarked, int testsMarked, String linkPrefix) {
        long clauses = requirements.stream().filter(r -> r.kind().equals("clause")).count();
        long limits = requirements.stream().filter(r -> r.kind().equals("limit")).count();
        long defaults = requirements.stream().filter(r -> r.kind().equals("default")).count();
        StringBuilder md = new StringBuilder();
        md.append("# Traceability: the notice and the time limits, to the models and the tests\n\n");
        md.append("<!-- Generated by TraceabilityTest; do not edit. Regenerate: mvn -B -o test -Dtest=TraceabilityTest -->\n\n");
        md.append("Every clause of the notice (DOMAIN.md §2) and every time limit or rule the system enforces\n");
        md.append("(DOMAIN.md §3), with the model elements that implement it and the tests that prove it.\n");
        md.append("Generated from [the catalogue](traceability/clauses.tsv), the `clause` extension property of\n");
        md.append("the BPMN elements (Camunda Modeler: Properties panel, Extension properties), the `clause:` line of\n");
        md.append("a DMN decision's description, and the `@Proves` annotations of the tests.\n\n");
        md.append(clauses).append(" clauses, ").append(limits).append(" legal time limits and rules, ").append(defaults)
                .append(" defaults of our own; ").append(elementsMarked).append(" model elements and ").append(testsMarked)
                .append(" test methods marked.\n");
        section(md, "Clauses of the notice", requirements, "clause", elements, tests, linkPrefix);
        section(md, "Legal time limits and rules", requirements, "limit", elements, tests, linkPrefix);
        section(md, "Our own defaults (no rule gives a number)", requirements, "default", elements, tests, linkPrefix);
        return md.toString();
    }

    private static void section(StringBuilder md, String title, List<Requirement> requirements, String kind,
            Map<String, List<ModelElement>> elements, Map<String, Set<String>> tests, String linkPrefix) {
        List<Requirement> rows = requirements.stream().filter(r -> r.kind().equals(kind)).toList();
        if (rows.isEmpty()) {
            return;
        }
        md.append("\n## ").append(title).append("\n\n");
        md.append("| id | requirement | source | implemented by | proved by |\n|---|---|---|---|---|\n");
        for (Requirement r : rows) {
            List<String> implemented = new ArrayList<>();
            for (ModelElement e : elements.getOrDefault(r.id(), List.of())) {
                String where = e.process() == null ? "decision `" + e.id() + "`" : "`" + e.process() + "` › `" + e.id() + "`";
                implemented.add(where + " " + cell(e.name()) + " ([" + e.file() + "]("
                        + linkPrefix + e.file() + "))");
            }
            r.implementedBy().forEach(c -> implemented.add("class `" + c.substring(CLASS_PREFIX.length()) + "`"));
            List<String> proved = tests.getOrDefault(r.id(), Set.of()).stream().map(t -> "`" + t + "`").toList();
            md.append("| ").append(r.id()).append(" | ").append(cell(r.zh())).append("<br>").append(cell(r.en()))
                    .append(" | ").append(cell(r.source())).append(" | ").append(String.join("<br>", implemented))
                    .append(" | ").append(String.join("<br>", proved)).append(" |\n");
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
