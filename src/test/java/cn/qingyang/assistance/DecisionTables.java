package cn.qingyang.assistance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** The decision tables of bpmn/, as an administrator edits them, on Camunda's DMN engine. */
public final class DecisionTables {

    public static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private DecisionTables() {
    }

    public static DmnDecision load(String file, String key) {
        try (InputStream in = Files.newInputStream(Path.of("bpmn", file))) {
            return ENGINE.parseDecision(key, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
