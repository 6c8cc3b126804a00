package cn.qingyang.assistance;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features' boundaries (Spring Modulith): each top-level package is a module; a module uses
 * only what another exposes in its base package (or a named interface), and no two modules depend
 * on each other, directly or around a cycle. Also draws the module diagram into docs/modules/.
 */
class ModuleBoundariesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(DiscoveryApplication.class);

    @Test
    void featuresDependOnlyOnEachOthersPublicTypesAndNeverInACycle() {
        MODULES.verify();
    }
}
