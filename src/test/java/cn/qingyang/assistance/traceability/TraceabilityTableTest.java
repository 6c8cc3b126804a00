package cn.qingyang.assistance.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qingyang.assistance.traceability.fixture.FixtureProofs;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator on small fixtures (src/test/resources/traceability/): one per way to break the table. */
class TraceabilityTableTest {

    private static final List<Class<?>> COMPLETE = List.of(FixtureProofs.Complete.class);

    private static Path fixture(String name) {
        URL url = TraceabilityTableTest.class.getResource("/traceability/" + name);
        assertThat(url).as("fixture %s", name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TraceabilityTable.Result generate(String catalogue, String models, List<Class<?>> tests) {
        return TraceabilityTable.generate(fixture(catalogue), fixture(models), tests, name -> {
            try {
                Class.forName(name, false, TraceabilityTableTest.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException e) {
                return false;
            }
        }, "../bpmn/");
    }

    @Test
    void aCompleteFixtureHasNoProblemAndTheTableLeadsFromEachIdToItsElementAndTests() {
        TraceabilityTable.Result result = generate("complete.tsv", "models", COMPLETE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.elementsMarked()).isEqualTo(2);
        assertThat(result.testsMarked()).isEqualTo(2);
        assertThat(result.markdown())
                .contains("| F1 | 示例条款一<br>Fixture clause one | 示例通知 一 | `FixtureProcess` › `Task_DoIt` 办理示例 "
                        + "([fixture.bpmn](../bpmn/fixture.bpmn)) | `FixtureProofs$Complete#first` |")
                .contains("| F2 | 示例时限<br>Fixture time limit | 示例办法 | class `cn.qingyang.assistance.traceability.Proves` "
                        + "| `FixtureProofs$Complete#secondAndThird` |")
                .contains("decision `FixtureDecision` 示例决策 ([fixture.dmn](../bpmn/fixture.dmn))")
                .contains("1 clauses, 1 legal time limits and rules, 1 defaults of our own; 2 model elements and 2 test methods marked.");
    }

    @Test
    void aClauseWithoutModelElementFails() {
        TraceabilityTable.Result result = generate("without-element.tsv", "models",
                List.of(FixtureProofs.Complete.class, FixtureProofs.ProvesF4.class));

        assertThat(result.problems()).singleElement().asString().startsWith("F4 has no model element");
    }

    @Test
    void aClauseWithoutTestFails() {
        TraceabilityTable.Result result = generate("without-test.tsv", "models", COMPLETE);

        assertThat(result.problems()).singleElement().asString().startsWith("F5 has no test");
    }

    @Test
    void aModelElementNamingAnUnknownIdFails() {
        TraceabilityTable.Result result = generate("complete.tsv", "unknown-in-model", COMPLETE);

        assertThat(result.problems()).containsExactly(
                "fixture.bpmn: Task_DoIt names F9, which the catalogue does not know");
    }

    @Test
    void aTestNamingAnUnknownIdFails() {
        TraceabilityTable.Result result = generate("complete.tsv", "models",
                List.of(FixtureProofs.Complete.class, FixtureProofs.UnknownId.class));

        assertThat(result.problems()).containsExactly(
                "FixtureProofs$UnknownId#ninth proves F9, which the catalogue does not know");
    }

    @Test
    void anAnnotatedMethodThatIsNoTestFails() {
        TraceabilityTable.Result result = generate("complete.tsv", "models",
                List.of(FixtureProofs.Complete.class, FixtureProofs.NotATest.class));

        assertThat(result.problems()).singleElement().asString().contains("FixtureProofs$NotATest#helper")
                .contains("is not a test");
    }

    @Test
    void anImplementingClassThatNoLongerExistsFails() {
        TraceabilityTable.Result result = generate("missing-class.tsv", "models", COMPLETE);

        assertThat(result.problems()).singleElement().asString()
                .contains("cn.qingyang.assistance.gone.MovedAway, which does not exist");
    }

    @Test
    void aCatalogueWithoutItsHeaderFails() {
        TraceabilityTable.Result result = generate("bad-header.tsv", "models", COMPLETE);

        assertThat(result.problems()).anySatisfy(problem -> assertThat(problem).contains("the first line must be the header"));
    }

    @Test
    void aMissingModelDirectoryIsRefusedInsteadOfPassing() {
        assertThatThrownBy(() -> TraceabilityTable.generate(fixture("complete.tsv"), Path.of("no-such-directory"),
                COMPLETE, name -> true, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
