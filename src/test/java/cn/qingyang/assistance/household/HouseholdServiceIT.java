package cn.qingyang.assistance.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.crypto.BlindIndex;
import cn.qingyang.assistance.crypto.FieldCipher;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * 并户 as the household file keeps it: a person joins another household only when asked by ID
 * number, brings their cases along, and is refused in Chinese where joining would lose track of
 * somebody (a household with other members) or leave one household two open cases.
 */
@IntegrationTest
class HouseholdServiceIT {

    static final String QIAOMU = "341723200";
    static final String LINGTANG = "341723200201";
    static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    HouseholdService households;
    @Autowired
    HouseholdRepository rows;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    BlindIndex index;

    @Test
    void aPersonAloneJoinsAnotherHouseholdWithTheirCase() {
        long head = person("孙德福", "19520101");
        long household = households.householdOf(head, QIAOMU, LINGTANG, "qiaomu-caseworker", "测试建档");
        long grandson = person("孙小军", "20120615");
        long own = households.householdOf(grandson, QIAOMU, LINGTANG, "qiaomu-caseworker", "测试建档");
        long caseId = openCase(grandson, own);

        households.join(grandson, "孙小军", household, "GRANDCHILD", "qiaomu-caseworker", "341723200-202611-0001 入户调查评估");

        assertThat(rows.members(household)).extracting(HouseholdRepository.Member::name, HouseholdRepository.Member::relation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("孙德福", "HEAD"),
                        org.assertj.core.groups.Tuple.tuple("孙小军", "GRANDCHILD"));
        assertThat(jdbc.sql("SELECT household_id FROM discovery_case WHERE id = :id").param("id", caseId)
                .query(Long.class).single()).isEqualTo(household);
        assertThat(rows.openCase(household)).contains(caseId);
        assertThat(rows.find(own).orElseThrow().mergedInto()).isEqualTo(household);
        assertThat(rows.versions(household)).last().satisfies(v -> {
            assertThat(v.summary()).isEqualTo("孙小军 并入本户（孙子女/外孙子女）");
            assertThat(v.changedBy()).isEqualTo("qiaomu-caseworker");
            assertThat(v.source()).isEqualTo("341723200-202611-0001 入户调查评估");
        });
        String snapshot = jdbc.sql("SELECT snapshot FROM household_version WHERE household_id = :h ORDER BY version_no DESC")
                .param("h", household).query(String.class).list().get(0);
        assertThat(snapshot).contains("孙小军", "********").doesNotContain(idNumberOf(grandson));
    }

    @Test
    void aMemberOfAnotherHouseholdIsNotTakenAwayFromIt() {
        long otherHead = person("钱大海", "19600303");
        long other = households.householdOf(otherHead, QIAOMU, LINGTANG, "test", "测试建档");
        long wife = person("李翠花", "19630505");
        rows.insertMember(other, wife, "SPOUSE");
        long target = households.householdOf(person("周玉兰", "19400808"), QIAOMU, LINGTANG, "test", "测试建档");

        assertThatThrownBy(() -> households.join(wife, "李翠花", target, "CHILD", "test", "测试"))
                .isInstanceOf(HouseholdConflictException.class)
                .hasMessage("李翠花 已是另一户的成员（该户共 2 人）：请先在该户的入户调查中把其移出，再并入本户。");
        assertThat(rows.householdOf(wife)).contains(other);
    }

    @Test
    void twoHouseholdsWithOpenCasesAreNotJoined() {
        long headId = person("吴春生", "19580909");
        long household = households.householdOf(headId, QIAOMU, LINGTANG, "test", "测试建档");
        openCase(headId, household);
        long brother = person("吴秋生", "19611010");
        long own = households.householdOf(brother, QIAOMU, LINGTANG, "test", "测试建档");
        openCase(brother, own);

        assertThatThrownBy(() -> households.join(brother, "吴秋生", household, "SIBLING", "test", "测试"))
                .isInstanceOf(HouseholdConflictException.class)
                .hasMessage("吴秋生 所在户和本户都有未办结的案件：请先办结其中一件，再并户。");
        assertThatThrownBy(() -> households.join(brother, "吴秋生", household, "HEAD", "test", "测试"))
                .isInstanceOf(HouseholdConflictException.class)
                .hasMessageContaining("请选择户主以外的关系");
        assertThat(rows.householdOf(brother)).contains(own);
    }

    private long person(String name, String birthDate) {
        String idNumber = TestIdNumbers.withCheckDigit("341723" + birthDate + String.format("%03d", 500 + SERIAL.incrementAndGet()));
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO person (id_number, id_number_index, name, township_code, village_code) "
                        + "VALUES (:number, :index, :name, :township, :village)")
                .param("number", cipher.seal(idNumber)).param("index", index.of(idNumber)).param("name", name)
                .param("township", QIAOMU).param("village", LINGTANG).update(keys, "id");
        return keys.getKey().longValue();
    }

    private String idNumberOf(long personId) {
        return cipher.open(jdbc.sql("SELECT id_number FROM person WHERE id = :id").param("id", personId)
                .query(String.class).single());
    }

    private long openCase(long personId, long householdId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO discovery_case (case_number, person_id, open_person_id, household_id, open_household_id, "
                        + "township_code, village_code, channel, urgent, related_to_staff, status) "
                        + "VALUES (:number, :person, :person, :household, :household, :township, :village, 'walk_in', FALSE, FALSE, 'OPEN')")
                .param("number", "T-HH-" + personId).param("person", personId).param("household", householdId)
                .param("township", QIAOMU).param("village", LINGTANG).update(keys, "id");
        return keys.getKey().longValue();
    }
}
