package cn.qingyang.assistance.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qingyang.assistance.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class OrganisationLoaderIT {

    @Autowired
    OrganisationLoader loader;
    @Autowired
    OrgUnitRepository repository;
    @Autowired
    IdentityMirror mirror;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void restoreDemoList() {
        loaderFor(new ClassPathResource("organisation/org-units-demo.csv")).load();
    }

    @Test
    void theDemoOrganisationIsInTheTableAndInCamundaIdentity() {
        assertThat(repository.findActive(OrgLevel.TOWNSHIP)).hasSize(14)
                .extracting(OrgUnit::name).contains("蓉城镇", "乔木乡", "青阳县开发区");
        assertThat(repository.findActiveChildren("341723200")).extracting(OrgUnit::name)
                .containsExactly("凌塘村", "金山村", "官塘村", "东源村", "塔山村");

        assertThat(identity.createGroupQuery().groupId("township-341723200").singleResult().getName()).isEqualTo("乔木乡主动发现工作小组");
        assertThat(identity.createGroupQuery().groupId("township-341723200-leader").count()).isOne();
        assertThat(identity.createGroupQuery().groupId("village-341723200201").singleResult().getName()).isEqualTo("凌塘村困难群众信息采集组");
        assertThat(identity.createGroupQuery().groupId("county-civil-affairs").count()).isOne();
        for (String department : new String[] {"dept-medical", "dept-education", "dept-housing", "dept-employment", "dept-emergency"}) {
            assertThat(identity.createGroupQuery().groupId(department).count()).as(department).isOne();
        }
        assertThat(identity.createTenantQuery().count()).isEqualTo(14);
        assertThat(identity.createTenantQuery().tenantId("341723200").singleResult().getName()).isEqualTo("乔木乡");
    }

    @Test
    void aTownshipTenantHoldsItsGroupsItsVillagesTheCountyAndTheDepartmentsButNoOtherTownship() {
        var members = identity.createGroupQuery().memberOfTenant("341723200").list().stream()
                .map(g -> g.getId()).collect(Collectors.toSet());
        assertThat(members).contains("township-341723200", "township-341723200-leader", "village-341723200201",
                "village-341723200205", "county-civil-affairs", "dept-medical");
        assertThat(members).doesNotContain("township-341723100", "village-341723100201");
        assertThat(identity.createTenantQuery().groupMember("county-civil-affairs").count()).isEqualTo(14);
    }

    @Test
    void loadingAgainChangesNothing() {
        long groups = identity.createGroupQuery().count();
        long tenants = identity.createTenantQuery().count();
        long memberships = jdbc.sql("SELECT COUNT(*) FROM ACT_ID_TENANT_MEMBER").query(Long.class).single();
        long units = jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single();
        long grants = authorizations.createAuthorizationQuery().count();

        loader.load();

        assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
        assertThat(identity.createTenantQuery().count()).isEqualTo(tenants);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_ID_TENANT_MEMBER").query(Long.class).single()).isEqualTo(memberships);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single()).isEqualTo(units);
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
    }

    @Test
    void anOfficialListRenamesAddsAndDeactivatesWithoutDeleting() throws Exception {
        String demo = new String(new ClassPathResource("organisation/org-units-demo.csv").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        String official = demo.replace("341723200205,塔山村,village,341723200\n", "")
                .replace("341723200204,东源村", "341723200204,东源社区")
                + "341723200206,新建村,village,341723200\n";

        loaderFor(new ByteArrayResource(official.getBytes(StandardCharsets.UTF_8), "official.csv")).load();

        assertThat(repository.findActiveChildren("341723200")).extracting(OrgUnit::name)
                .containsExactly("凌塘村", "金山村", "官塘村", "东源社区", "新建村");
        assertThat(repository.findByCode("341723200205")).isPresent();
        assertThat(repository.findActiveByCode("341723200205")).isEmpty();
        assertThat(identity.createGroupQuery().groupId("village-341723200206").singleResult().getName()).isEqualTo("新建村困难群众信息采集组");
        assertThat(identity.createGroupQuery().groupId("village-341723200204").singleResult().getName()).isEqualTo("东源社区困难群众信息采集组");
    }

    @Test
    void aBrokenListChangesNothingAndSaysWhy() {
        long units = jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE active = TRUE").query(Long.class).single();
        var broken = new ByteArrayResource(("code,name,level,parent_code\n341723,青阳县,county,\n"
                + "341723200,乔木乡,township,341723\n341723200201,凌塘村,village,341723999\n").getBytes(StandardCharsets.UTF_8), "broken.csv") {
            @Override
            public String getFilename() {
                return "broken.csv";
            }
        };
        assertThatThrownBy(() -> loaderFor(broken).load()).isInstanceOf(OrganisationFileException.class)
                .hasMessageContaining("broken.csv 第 4 行");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE active = TRUE").query(Long.class).single()).isEqualTo(units);
    }

    private OrganisationLoader loaderFor(org.springframework.core.io.Resource file) {
        return new OrganisationLoader(new OrganisationProperties(file), repository, mirror, transaction);
    }
}
