package cn.qingyang.assistance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.DiscoveryApplication;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** In the demo profile the standard Camunda admin properties still create that administrator. */
@SpringBootTest(classes = DiscoveryApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-admin",
        // an engine name of its own: the shared test application's "default" engine stays registered
        "camunda.bpm.process-engine-name=demoAdminTest",
        "camunda.bpm.admin-user.id=chief",
        "camunda.bpm.admin-user.password=Chief-Admin-Pass-2026"})
@ActiveProfiles({"demo", "test"})
class DemoAdminStartupIT {

    @Autowired
    IdentityService identity;

    @Test
    void theConfiguredAdminExistsBesideTheDemoUsers() {
        assertThat(identity.checkPassword("chief", "Chief-Admin-Pass-2026")).isTrue();
        assertThat(identity.createUserQuery().userId("chief").memberOfGroup("camunda-admin").count()).isOne();
        assertThat(identity.createUserQuery().userId("lingtang-collector").count()).isOne();
        assertThat(identity.createUserQuery().userId("lingtang-collector").singleResult().getFirstName()).isEqualTo("张卫国");
        assertThat(identity.checkPassword("lingtang-collector", "demo")).isTrue();
    }
}
