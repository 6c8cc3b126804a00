package cn.qingyang.assistance.household;

import cn.qingyang.assistance.person.ResidentIdNumber;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The household file's rules: every person belongs to exactly one household; a new person starts
 * one of their own, as its head; a person joins another household only when a caseworker or a
 * roster says so by ID number (并户), never on a name match; every change is kept as a version.
 */
@Service
public class HouseholdService {

    private final HouseholdRepository households;
    private final ObjectMapper json;

    public HouseholdService(HouseholdRepository households, ObjectMapper json) {
        this.households = households;
        this.json = json;
    }

    /** The person's household, or a new one-person household (the person its head) in the given place. */
    public long householdOf(long personId, String townshipCode, String villageCode, String actor, String source) {
        return households.householdOf(personId).orElseGet(() -> {
            long householdId = households.insertHousehold(townshipCode, villageCode);
            households.insertMember(householdId, personId, HouseholdCodes.HEAD);
            // a new household has no supporters yet, and its first version is number 1
            households.recordFirstVersion(householdId, actor, source, "建档：新建一人户", snapshot(householdId, false));
            return householdId;
        });
    }

    /**
     * 并户: the person joins {@code householdId} with the given relation. The person's own household
     * may hold nobody else; its cases and ledger entries come along, unless both households have an
     * open case (then the caseworker closes one first).
     *
     * @throws HouseholdConflictException in Chinese, saying what to do instead
     */
    public void join(long personId, String personName, long householdId, String relation, String actor, String source) {
        if (!HouseholdCodes.RELATIONS.allows(relation) || HouseholdCodes.HEAD.equals(relation)) {
            throw new HouseholdConflictException("与户主关系“" + relation + "”无效：并入已有家庭的成员请选择户主以外的关系。", "relation");
        }
        long from = households.householdOf(personId).orElse(-1L);
        if (from == householdId) {
            return;
        }
        if (from != -1L) {
            if (households.memberCount(from) > 1) {
                throw new HouseholdConflictException(personName + " 已是另一户的成员（该户共 " + households.memberCount(from)
                        + " 人）：请先在该户的入户调查中把其移出，再并入本户。", "householdMembers");
            }
            if (households.openCase(from).isPresent() && households.openCase(householdId).isPresent()) {
                throw new HouseholdConflictException(personName + " 所在户和本户都有未办结的案件：请先办结其中一件，再并户。",
                        "householdMembers");
            }
            households.moveMember(personId, householdId, relation);
            households.mergeInto(from, householdId);
            recordVersion(from, actor, source, personName + " 并入户 " + householdId + "，本户案件随之转入");
        } else {
            households.insertMember(householdId, personId, relation);
        }
        recordVersion(householdId, actor, source, personName + " 并入本户（" + HouseholdCodes.RELATIONS.label(relation) + "）");
    }

    /** A new version of the household: who, from where, what changed, and the file as it is now. */
    public int recordVersion(long householdId, String actor, String source, String summary) {
        return households.recordVersion(householdId, actor, source, summary, snapshot(householdId));
    }

    /** The file as JSON, members by person id and masked number: a version never holds a full ID number. */
    String snapshot(long householdId) {
        return snapshot(householdId, true);
    }

    private String snapshot(long householdId, boolean mayHaveSupporters) {
        Map<String, Object> file = new LinkedHashMap<>();
        households.find(householdId).ifPresent(h -> file.put("household", h));
        List<Map<String, Object>> members = households.members(householdId).stream().map(m -> {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("personId", m.personId());
            member.put("name", m.name());
            member.put("idNumber", ResidentIdNumber.parse(m.idNumber()).masked());
            member.put("relation", m.relation());
            member.put("health", m.health());
            member.put("illness", m.illness());
            member.put("disabilityCategory", m.disabilityCategory());
            member.put("disabilityGrade", m.disabilityGrade());
            member.put("labourCapacity", m.labourCapacity());
            member.put("selfCare", m.selfCare());
            member.put("schooling", m.schooling());
            member.put("employment", m.employment());
            member.put("incomeWage", m.incomeWage());
            member.put("incomeBusiness", m.incomeBusiness());
            member.put("incomeProperty", m.incomeProperty());
            member.put("incomeTransfer", m.incomeTransfer());
            member.put("medicalSpending", m.medicalSpending());
            member.put("educationSpending", m.educationSpending());
            member.put("benefits", m.benefits());
            return member;
        }).toList();
        file.put("members", members);
        file.put("supporters", mayHaveSupporters ? households.supporters(householdId) : List.of());
        try {
            return json.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("household " + householdId + " could not be written as JSON", e);
        }
    }
}
