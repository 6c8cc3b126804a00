package cn.qingyang.assistance.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generates {@code docs/traceability.md} from the catalogue, the models and the compiled tests, and
 * fails the build when a clause or time limit has no model element or no test, or when a model or
 * a test names an id the catalogue does not know.
 *
 * <p>Run locally, it rewrites the table; with the environment variable {@code CI} set (as
 * {@code .ci/run} runs), it only compares, and fails when the committed table is stale.
 */
class TraceabilityTest {

    static final Path CATALOGUE = Path.of("docs", "traceability", "clauses.tsv");
    static final Path TABLE = Path.of("docs", "traceability.md");
    /** The generator's own fixtures carry ids of their own; they are no proofs of this project. */
    static final String FIXTURE_PACKAGE = "cn.qingyang.assistance.traceability.fixture.";

    static TraceabilityTable.Result result;

    @BeforeAll
    static void generate() throws URISyntaxException {
        Path testClasses = Path.of(TraceabilityTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ClassLoader loader = TraceabilityTest.class.getClassLoader();
        result = TraceabilityTable.generate(CATALOGUE, Path.of("bpmn"),
                TraceabilityTable.classesUnder(testClasses, loader, name -> !name.startsWith(FIXTURE_PACKAGE) && hasSource(name)),
                name -> exists(name, loader), "../bpmn/");
    }

    /**
     * Whether a compiled class still has its source: a test moved or deleted since the last clean
     * build leaves its old class file behind, which must not count as proof.
     */
    private static boolean hasSource(String className) {
        int nested = className.indexOf('$');
        String topLevel = nested < 0 ? className : className.substring(0, nested);
        return Files.exists(Path.of("src", "test", "java", topLevel.replace('.', '/') + ".java"));
    }

    private static boolean exists(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void everyClauseAndTimeLimitHasAModelElementAndATestAndEveryMarkNamesAKnownId() {
        assertThat(result.problems()).as("traceability (%s, models' '%s' marks, @Proves)", CATALOGUE,
                TraceabilityTable.PROPERTY).isEmpty();
    }

    @Test
    void theCommittedTableIsTheGeneratedOne() throws IOException {
        assumeTrue(result.problems().isEmpty(), "the table is not written while the traceability has problems");
        String ci = System.getenv("CI");
        if (ci == null || ci.isBlank()) {
            Files.writeString(TABLE, result.markdown(), StandardCharsets.UTF_8);
        }
        String committed = Files.exists(TABLE) ? Files.readString(TABLE, StandardCharsets.UTF_8).replace("\r\n", "\n") : "";
        assertThat(committed)
                .as("docs/traceability.md is stale: run mvn -B -o test -Dtest=TraceabilityTest and commit it")
                .isEqualTo(result.markdown());
    }
}
