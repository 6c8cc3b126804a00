package cn.qingyang.assistance.household;

import cn.qingyang.assistance.common.Texts;
import cn.qingyang.assistance.workflow.CompletionRules;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.variable.value.SerializableValue;

/**
 * The household itself as a home visit records it (家庭基本情况): address, 户籍 type, housing, assets,
 * poverty status, the notice's focus groups, the 包保责任人 and the legal supporters. On the visit
 * form it is one group of fields kept under one Json variable (a form-js group with a path), which
 * the visit's task starts with, pre-filled from the file. Engine-free: it reads the submitted value
 * and says in Chinese what to fix.
 */
public final class HouseholdFacts {

    public static final String ADDRESS = "address";
    public static final String REGISTRATION_TYPE = "registrationType";
    public static final String HOUSING_TYPE = "housingType";
    public static final String HOUSING_SAFETY = "housingSafety";
    public static final String HOUSES = "houses";
    public static final String VEHICLES = "vehicles";
    public static final String SAVINGS_BAND = "savingsBand";
    public static final String BUSINESS = "business";
    public static final String LIFTED_FROM_POVERTY = "liftedFromPoverty";
    public static final String UNDER_MONITORING = "underMonitoring";
    public static final String FOCUS_GROUPS = "focusGroups";
    public static final String RESPONSIBLE_PERSON = "responsiblePerson";
    public static final String SUPPORTERS = "supporters";
    public static final String SUPPORTER_NAME = "name";
    public static final String SUPPORTER_RELATION = "relation";
    public static final String SUPPORTER_ABLE = "ableToSupport";
    public static final String SUPPORTER_NOTE = "note";
    /** The answers of "有无赡养（扶养）能力". */
    public static final String ABLE = "YES";
    public static final String UNABLE = "NO";

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private HouseholdFacts() {
    }

    /** What the check accepted: the household's facts and its supporters, or the problems, in Chinese. */
    public record Checked(List<String> problems, HouseholdRepository.Facts facts, List<HouseholdRepository.Supporter> supporters) {
    }

    /** The form's values for the household as the file holds it. */
    public static Map<String, Object> values(HouseholdRepository.HouseholdRow household, List<HouseholdRepository.Supporter> supporters) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(ADDRESS, household.address());
        values.put(REGISTRATION_TYPE, household.registrationType());
        values.put(HOUSING_TYPE, household.housingType());
        values.put(HOUSING_SAFETY, household.housingSafety());
        values.put(HOUSES, household.houses());
        values.put(VEHICLES, household.vehicles());
        values.put(SAVINGS_BAND, household.savingsBand());
        values.put(BUSINESS, household.business());
        values.put(LIFTED_FROM_POVERTY, household.liftedFromPoverty());
        values.put(UNDER_MONITORING, household.underMonitoring());
        values.put(FOCUS_GROUPS, household.focusGroups() == null || household.focusGroups().isBlank()
                ? List.of() : List.of(household.focusGroups().split(",")));
        values.put(RESPONSIBLE_PERSON, household.responsiblePerson());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HouseholdRepository.Supporter supporter : supporters) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(SUPPORTER_NAME, supporter.name());
            row.put(SUPPORTER_RELATION, supporter.relation());
            row.put(SUPPORTER_ABLE, supporter.ableToSupport() ? ABLE : UNABLE);
            row.put(SUPPORTER_NOTE, supporter.note());
            rows.add(row);
        }
        values.put(SUPPORTERS, rows);
        return values;
    }

    /** The value as it arrived (Json from Tasklist, JSON text, a map in tests), checked. */
    @SuppressWarnings("unchecked")
    public static Checked check(Object value) {
        Map<String, Object> v;
        try {
            // Json from the engine (a Spin node: its text), a typed Json value as sent, JSON text, or a map
            Object raw = value instanceof SerializableValue typed ? typed.getValueSerialized() : value;
            v = raw == null ? Map.of() : raw instanceof Map<?, ?> map ? JSON.convertValue(map, Map.class)
                    : JSON.readValue(raw.toString(), Map.class);
        } catch (Exception e) {
            v = Map.of();
        }
        List<String> problems = new ArrayList<>();
        String address = text(v, ADDRESS, "家庭住址", 200, true, problems);
        String registrationType = choice(v, REGISTRATION_TYPE, "户籍类型（城镇/农村）", HouseholdCodes.REGISTRATION_TYPES.codes(), true, problems);
        String housingType = choice(v, HOUSING_TYPE, "住房类型", HouseholdCodes.HOUSING_TYPES.codes(), true, problems);
        boolean homeless = "NONE".equals(housingType);
        String safety = choice(v, HOUSING_SAFETY, "住房安全等级", HouseholdCodes.HOUSING_SAFETY.codes(), !homeless, problems);
        Integer houses = count(v, HOUSES, "住房（处）", problems);
        Integer vehicles = count(v, VEHICLES, "机动车（辆）", problems);
        String savings = choice(v, SAVINGS_BAND, "存款", HouseholdCodes.SAVINGS_BANDS.codes(), false, problems);
        String business = text(v, BUSINESS, "经营情况", 200, false, problems);
        List<String> focus = new ArrayList<>();
        Object groups = v.get(FOCUS_GROUPS);
        if (groups instanceof Collection<?> codes) {
            for (Object code : codes) {
                if (HouseholdCodes.FOCUS_GROUPS.allows(code)) {
                    focus.add(code.toString());
                } else {
                    problems.add("重点关注群体的取值“" + code + "”无效");
                }
            }
        } else if (groups != null && !groups.toString().isBlank()) {
            problems.add("重点关注群体的取值“" + groups + "”无效");
        }
        String responsible = text(v, RESPONSIBLE_PERSON, "包保责任人", 50, false, problems);
        List<HouseholdRepository.Supporter> supporters = new ArrayList<>();
        Object rows = v.get(SUPPORTERS);
        if (rows instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Map<String, Object> row = list.get(i) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
                List<String> own = new ArrayList<>();
                String name = text(row, SUPPORTER_NAME, "姓名", 50, true, own);
                String relation = choice(row, SUPPORTER_RELATION, "与本户的关系", HouseholdCodes.SUPPORTER_RELATIONS.codes(), true, own);
                String able = choice(row, SUPPORTER_ABLE, "有无赡养（扶养）能力", List.of(ABLE, UNABLE), true, own);
                String note = text(row, SUPPORTER_NOTE, "说明", 200, false, own);
                String who = "第 " + (i + 1) + " 位赡养（扶养）义务人" + (name == null ? "" : "（" + name + "）") + "：";
                own.forEach(problem -> problems.add(who + problem));
                if (own.isEmpty()) {
                    supporters.add(new HouseholdRepository.Supporter(0, name, relation, ABLE.equals(able), note));
                }
            }
        } else if (rows != null) {
            problems.add("赡养（扶养）义务人的填写格式不正确，请重新打开任务后填写");
        }
        HouseholdRepository.Facts facts = new HouseholdRepository.Facts(address, registrationType, housingType, safety, houses,
                vehicles, savings, business, flag(v, LIFTED_FROM_POVERTY), flag(v, UNDER_MONITORING),
                focus.isEmpty() ? null : String.join(",", focus), responsible);
        return new Checked(List.copyOf(problems), facts, List.copyOf(supporters));
    }

    /** What changed between the file and the visit, in words ("家庭住址、住房"); empty when nothing did. */
    public static List<String> changes(HouseholdRepository.HouseholdRow before, List<HouseholdRepository.Supporter> supportersBefore,
                                       HouseholdRepository.Facts after, List<HouseholdRepository.Supporter> supportersAfter) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(before.address(), after.address())) {
            changes.add("家庭住址");
        }
        if (!Objects.equals(before.registrationType(), after.registrationType())) {
            changes.add("户籍类型");
        }
        if (!Objects.equals(before.housingType(), after.housingType()) || !Objects.equals(before.housingSafety(), after.housingSafety())) {
            changes.add("住房");
        }
        if (!Objects.equals(before.houses(), after.houses()) || !Objects.equals(before.vehicles(), after.vehicles())
                || !Objects.equals(before.savingsBand(), after.savingsBand()) || !Objects.equals(before.business(), after.business())) {
            changes.add("家庭财产");
        }
        if (before.liftedFromPoverty() != after.liftedFromPoverty() || before.underMonitoring() != after.underMonitoring()) {
            changes.add("脱贫户/监测户");
        }
        if (!Objects.equals(before.focusGroups(), after.focusGroups())) {
            changes.add("重点关注群体");
        }
        if (!Objects.equals(before.responsiblePerson(), after.responsiblePerson())) {
            changes.add("包保责任人");
        }
        List<HouseholdRepository.Supporter> a = supportersBefore.stream().map(HouseholdFacts::comparable).toList();
        List<HouseholdRepository.Supporter> b = supportersAfter.stream().map(HouseholdFacts::comparable).toList();
        if (!a.equals(b)) {
            changes.add("赡养（扶养）义务人（" + supportersAfter.size() + " 人）");
        }
        return changes;
    }

    private static HouseholdRepository.Supporter comparable(HouseholdRepository.Supporter s) {
        return new HouseholdRepository.Supporter(0, s.name(), s.relation(), s.ableToSupport(), s.note());
    }

    private static String text(Map<String, Object> v, String key, String label, int max, boolean required, List<String> problems) {
        Object raw = v.get(key);
        String value = raw == null ? null : raw.toString().strip();
        if (value == null || value.isEmpty()) {
            if (required) {
                problems.add("请填写" + label);
            }
            return null;
        }
        if (Texts.hasMarkup(value)) {
            problems.add(label + CompletionRules.MARKUP_REFUSED);
        } else if (value.length() > max) {
            problems.add(label + "不能超过 " + max + " 字");
        }
        return value;
    }

    private static String choice(Map<String, Object> v, String key, String label, Collection<String> codes, boolean required,
                                 List<String> problems) {
        Object raw = v.get(key);
        if (raw == null || raw.toString().isBlank()) {
            if (required) {
                problems.add("请选择" + label);
            }
            return null;
        }
        if (!codes.contains(raw.toString())) {
            problems.add(label + "的取值“" + raw + "”无效");
            return null;
        }
        return raw.toString();
    }

    private static Integer count(Map<String, Object> v, String key, String label, List<String> problems) {
        Object raw = v.get(key);
        if (raw == null || raw.toString().isBlank()) {
            return null;
        }
        try {
            int n = new java.math.BigDecimal(raw.toString().strip()).intValueExact();
            if (n < 0 || n > 20) {
                problems.add(label + "应为 0 至 20 之间的整数");
                return null;
            }
            return n;
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(label + "应为 0 至 20 之间的整数");
            return null;
        }
    }

    private static boolean flag(Map<String, Object> v, String key) {
        Object raw = v.get(key);
        return raw instanceof Boolean b ? b : raw != null && "true".equalsIgnoreCase(raw.toString());
    }
}
