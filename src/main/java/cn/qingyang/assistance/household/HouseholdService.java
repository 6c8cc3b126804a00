package cn.qingyang.assistance.household;

import cn.qingyang.assistance.common.Texts;
import cn.qingyang.assistance.person.ResidentIdNumber;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The household file's rules: every person belongs to exactly one household; a new person starts
 * one of their own, as its head; a person joins another household only when a caseworker or a
 * roster says so by ID number (并户), never on a name match; every change is kept as a version.
 */
@Service
public class HouseholdService {

    private final HouseholdRepository households;
    private final PersonRepository persons;
    private final ObjectMapper json;

    public HouseholdService(HouseholdRepository households, PersonRepository persons, ObjectMapper json) {
        this.households = households;
        this.persons = persons;
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

    /** The household's row lock until the transaction ends: one report of its members at a time. */
    public void lock(long householdId) {
        households.lock(householdId);
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
        joinRefusal(personId, personName, householdId).ifPresent(refusal -> {
            // a sentence of its own here; the visit's one message joins the same words with its own punctuation
            throw new HouseholdConflictException(refusal + "。", "householdMembers");
        });
        String summary = moveIn(personId, personName, householdId, relation, actor, source);
        if (summary != null) {
            recordVersion(householdId, actor, source, summary);
        }
    }

    /**
     * Why the person cannot join {@code householdId} (并户), if they cannot: their household holds
     * others, or both households have an open case. Said in Chinese, with what to do instead.
     */
    public Optional<String> joinRefusal(long personId, String personName, long householdId) {
        long from = households.householdOf(personId).orElse(-1L);
        if (from == -1L || from == householdId) {
            return Optional.empty();
        }
        int others = households.memberCount(from);
        if (others > 1) {
            return Optional.of(personName + " 已是另一户的成员（该户共 " + others + " 人）：请先在该户的入户调查中把其移出，再并入本户");
        }
        if (households.openCase(from).isPresent() && households.openCase(householdId).isPresent()) {
            return Optional.of(personName + " 所在户和本户都有未办结的案件：请先办结其中一件，再并户");
        }
        return Optional.empty();
    }

    /** Moves the person in (refusals checked before); the summary for the household's version, null when already in. */
    private String moveIn(long personId, String personName, long householdId, String relation, String actor, String source) {
        long from = households.householdOf(personId).orElse(-1L);
        if (from == householdId) {
            return null;
        }
        if (from != -1L) {
            households.moveMember(personId, householdId, relation);
            households.mergeInto(from, householdId);
            recordVersion(from, actor, source, personName + " 并入户 " + householdId + "，本户案件随之转入");
        } else {
            households.insertMember(householdId, personId, relation);
        }
        return personName + " 并入本户（" + HouseholdCodes.RELATIONS.label(relation) + "）";
    }

    /**
     * What a check of the visit form's member rows needs to know of the household: its members'
     * numbers, the person of the case, and whether a number typed in may be used (a new member's
     * number of a person elsewhere is 并户; a correction may not take another person's number).
     */
    public HouseholdMemberRows.Household forCheck(long householdId, long reportedPersonId, String reportedPersonName) {
        Map<Long, String> idNumbers = new LinkedHashMap<>();
        List<HouseholdRepository.Member> onFile = households.members(householdId);
        onFile.forEach(m -> idNumbers.put(m.personId(), m.idNumber()));
        // the name on file: the case's variables hold it only inside the case summary (and a 并户 may have renamed nobody)
        String fileName = onFile.stream().filter(m -> m.personId() == reportedPersonId).map(HouseholdRepository.Member::name)
                .findFirst().orElse(reportedPersonName);
        return new HouseholdMemberRows.Household() {
            @Override
            public Map<Long, String> idNumbers() {
                return idNumbers;
            }

            @Override
            public long reportedPersonId() {
                return reportedPersonId;
            }

            @Override
            public String reportedPersonName() {
                return fileName;
            }

            @Override
            public Optional<String> refusal(Long personId, String name, ResidentIdNumber idNumber) {
                Optional<Long> owner = persons.find(idNumber);
                if (owner.isEmpty() || owner.get().equals(personId)) {
                    return Optional.empty();
                }
                if (personId != null) {
                    return Optional.of("身份证号码已登记为另一人，不能用于更正，请核对");
                }
                return joinRefusal(owner.get(), name, householdId);
            }
        };
    }

    /**
     * The members as a home visit recorded them: new persons created under the registration's
     * rules (or, when their number is a person of another household, joined: 并户), corrections
     * of numbers and names, every member's situation; members no longer listed move to a
     * one-person household of their own, in the same place. One version of the household records
     * the visit.
     *
     * @param source e.g. "入户调查评估（341723200-202611-0001）"
     * @throws HouseholdConflictException when a join is no longer possible (the household changed since the visit was checked)
     */
    public void recordMembers(long householdId, List<MemberInput> members, String actor, String source) {
        HouseholdRepository.HouseholdRow household = households.find(householdId)
                .orElseThrow(() -> new IllegalStateException("household " + householdId + " does not exist"));
        Map<Long, HouseholdRepository.Member> before = new LinkedHashMap<>();
        households.members(householdId).forEach(m -> before.put(m.personId(), m));
        List<String> changes = new ArrayList<>();
        List<Long> personIds = new ArrayList<>();
        for (MemberInput member : members) {
            long personId;
            if (member.personId() != null) {
                personId = member.personId();
                HouseholdRepository.Member stored = before.get(personId);
                if (stored == null) {
                    throw new HouseholdConflictException(member.name() + " 已不是本户成员，请重新打开入户调查表核对", "householdMembers");
                }
                if (member.idNumber() != null && !member.idNumber().value().equals(stored.idNumber())) {
                    persons.correctIdNumber(personId, member.idNumber());
                    changes.add("更正 " + member.name() + " 的身份证号码");
                }
                if (!member.name().equals(stored.name())) {
                    persons.rename(personId, member.name());
                    changes.add(stored.name() + " 更名为 " + member.name());
                }
            } else {
                Optional<Long> known = persons.find(member.idNumber());
                if (known.isPresent() && households.householdOf(known.get()).isPresent()) {
                    personId = known.get();
                    joinRefusal(personId, member.name(), householdId).ifPresent(refusal -> {
                        // a sentence of its own here; the visit's one message joins the same words with its own punctuation
            throw new HouseholdConflictException(refusal + "。", "householdMembers");
                    });
                    String joined = moveIn(personId, member.name(), householdId,
                            untilHeadsAreSet(member.relation()),
                            actor, source);
                    if (joined != null) {
                        changes.add(joined);
                    }
                } else {
                    personId = persons.upsert(member.idNumber(), member.name(), null, household.townshipCode(),
                            household.villageCode());
                    households.insertMember(householdId, personId,
                            untilHeadsAreSet(member.relation()));
                    changes.add("新增成员 " + member.name() + "（" + HouseholdCodes.RELATIONS.label(member.relation()) + "）");
                }
            }
            personIds.add(personId);
        }
        for (HouseholdRepository.Member gone : before.values()) {
            if (!personIds.contains(gone.personId())) {
                long own = households.insertHousehold(household.townshipCode(), household.villageCode());
                households.moveMember(gone.personId(), own, HouseholdCodes.HEAD);
                recordVersion(own, actor, source, "建档：" + gone.name() + " 从户 " + householdId + " 移出，新建一人户");
                changes.add(gone.name() + " 移出本户");
            }
        }
        Map<Long, Long> memberIds = new LinkedHashMap<>();
        households.members(householdId).forEach(m -> memberIds.put(m.personId(), m.memberId()));
        households.clearHead(householdId);
        for (int i = 0; i < members.size(); i++) {
            MemberInput m = members.get(i);
            households.updateMember(householdId, new HouseholdRepository.Member(memberIds.get(personIds.get(i)),
                    personIds.get(i), m.name(), null, null, m.relation(), m.health(), m.illness(), m.disabilityCategory(),
                    m.disabilityGrade(), m.labourCapacity(), m.selfCare(), m.schooling(), m.employment(), m.incomeWage(),
                    m.incomeBusiness(), m.incomeProperty(), m.incomeTransfer(), m.medicalSpending(), m.educationSpending(),
                    m.benefits().isEmpty() ? null : String.join(",", m.benefits())));
        }
        // the summary column holds 2000 characters; thirty members' changes could be more
        recordVersion(householdId, actor, source, Texts.abbreviate("入户调查：家庭成员 " + members.size() + " 人"
                + (changes.isEmpty() ? "，成员无增减" : "；" + String.join("；", changes)), 1999));
    }

    /** A new member comes in under "其他" when they are to be the head: the head is set once the old head's mark is cleared. */
    private static String untilHeadsAreSet(String relation) {
        return HouseholdCodes.HEAD.equals(relation) ? "OTHER" : relation;
    }

    /**
     * The household itself as a visit found it (家庭基本情况 and the supporters): written, with a
     * version naming what changed, when anything did.
     */
    public void recordFacts(long householdId, HouseholdRepository.Facts facts, List<HouseholdRepository.Supporter> supporters,
                            String actor, String source) {
        HouseholdRepository.HouseholdRow before = households.find(householdId).orElseThrow();
        List<String> changes = HouseholdFacts.changes(before, households.supporters(householdId), facts, supporters);
        if (changes.isEmpty()) {
            return;
        }
        households.updateFacts(householdId, facts);
        households.replaceSupporters(householdId, supporters);
        recordVersion(householdId, actor, source, "家庭基本情况：" + String.join("、", changes));
    }

    /** The form's values of the household as the file holds it (家庭基本情况 and the supporters). */
    public Map<String, Object> factsOnFile(long householdId) {
        return HouseholdFacts.values(households.find(householdId).orElseThrow(), households.supporters(householdId));
    }

    /** Names the household's 包保责任人 when nobody is named yet, as a new version; a named person is never replaced. */
    public void nameResponsiblePersonIfNone(long householdId, String name, String source, String summary) {
        if (households.nameResponsiblePersonIfNone(householdId, name)) {
            recordVersion(householdId, "system", source, summary);
        }
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
            member.put("idNumber", HouseholdMemberRows.maskedAsStored(m.idNumber()));
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
