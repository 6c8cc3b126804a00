package cn.qingyang.assistance.intake.roster;

import cn.qingyang.assistance.common.Texts;
import cn.qingyang.assistance.household.HouseholdCodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The households a roster names (issue 15 §7): rows of one file with the same village and 户主姓名
 * form one household, the row whose 与户主关系 is 户主 its head. Only what the office wrote in this
 * file counts: nothing is matched by name against the database. A row that names a head absent
 * from the file, a household with two heads, a relation not on the list, or a member without a
 * head's name is refused with a Chinese message, like any other row error.
 */
final class RosterHouseholds {

    /** A checked row: whether it passed its own checks, where the person lives, their ID number. */
    record Member(RosterRow row, boolean valid, String place, String idNumber) {
    }

    /**
     * What the grouping says of the row at {@code index}: an error, or the head to join (for a
     * member), or nothing (not in a household, or the head itself).
     */
    record Grouped(int index, String error, String headIdNumber, String relation) {
    }

    /** Labels and a few words offices write for them, to codes; "儿媳/女婿" also as either word. */
    private static final Map<String, String> RELATION_CODES = relationCodes();

    private RosterHouseholds() {
    }

    static List<Grouped> group(List<Member> members) {
        List<Grouped> result = new ArrayList<>(members.size());
        String[] relations = new String[members.size()];
        String[] heads = new String[members.size()];
        Map<String, List<Integer>> households = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            RosterRow row = members.get(i).row();
            result.add(new Grouped(i, null, null, null));
            if (!row.inHousehold()) {
                continue;
            }
            String error = null;
            String relation = row.relation() == null ? null : RELATION_CODES.get(normalise(row.relation()));
            String head = row.headName() == null ? null : normalise(row.headName());
            if (row.relation() == null) {
                error = "【与户主关系】填写了户主姓名的行须填写与户主的关系（户主本人填“户主”）。";
            } else if (relation == null) {
                error = "【与户主关系】“" + Texts.abbreviate(row.relation()) + "”无效，应为" + relationList() + "之一。";
            } else if (HouseholdCodes.HEAD.equals(relation)) {
                if (head == null) {
                    head = row.name() == null ? null : normalise(row.name());
                } else if (row.name() != null && !head.equals(normalise(row.name()))) {
                    error = "【户主姓名】本行与户主关系为“户主”，户主姓名应为本人姓名“" + Texts.abbreviate(row.name())
                            + "”，实际为“" + Texts.abbreviate(row.headName()) + "”。";
                }
            } else if (head == null) {
                error = "【户主姓名】填写了与户主关系的行须填写户主姓名。";
            }
            if (error != null) {
                result.set(i, new Grouped(i, error, null, null));
                continue;
            }
            relations[i] = relation;
            heads[i] = head;
            if (members.get(i).valid()) {
                households.computeIfAbsent(members.get(i).place() + "|" + head, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> household : households.values()) {
            List<Integer> headRows = household.stream().filter(i -> HouseholdCodes.HEAD.equals(relations[i])).toList();
            if (headRows.size() > 1) {
                String rows = headRows.stream().map(i -> "第 " + members.get(i).row().row() + " 行").collect(Collectors.joining("、"));
                for (int i : household) {
                    result.set(i, new Grouped(i, "【与户主关系】户主“" + heads[i] + "”所在户有两位以上户主（" + rows
                            + "）：每户只能有一行填“户主”，同名的两户请分别核实后再上传。", null, null));
                }
                continue;
            }
            if (headRows.isEmpty()) {
                for (int i : household) {
                    result.set(i, new Grouped(i, absentHead(members, heads[i], relations), null, null));
                }
                continue;
            }
            String headIdNumber = members.get(headRows.get(0)).idNumber();
            for (int i : household) {
                if (!HouseholdCodes.HEAD.equals(relations[i])) {
                    result.set(i, new Grouped(i, null, headIdNumber, relations[i]));
                }
            }
        }
        return result;
    }

    /** A head row that is in the file but was refused, or no head row at all. */
    private static String absentHead(List<Member> members, String head, String[] relations) {
        for (int i = 0; i < members.size(); i++) {
            RosterRow row = members.get(i).row();
            boolean namesHead = row.name() != null && normalise(row.name()).equals(head);
            if (namesHead && !members.get(i).valid() && (relations[i] == null || HouseholdCodes.HEAD.equals(relations[i]))) {
                return "【户主姓名】户主“" + head + "”所在行（第 " + row.row() + " 行）有误未能登记，本行无法并入其家庭：请先改正户主所在行。";
            }
        }
        return "【户主姓名】户主“" + head + "”不在本花名册中（同一村（社区）须有一行姓名为“" + head
                + "”、与户主关系为“户主”）：请把户主一并列入，或把本行的户主姓名、与户主关系两列留空。";
    }

    private static String normalise(String value) {
        return value.replaceAll("\\s+", "");
    }

    private static String relationList() {
        return HouseholdCodes.RELATIONS.codes().stream().map(HouseholdCodes.RELATIONS::label)
                .map(label -> "“" + label + "”").collect(Collectors.joining("、"));
    }

    private static Map<String, String> relationCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : HouseholdCodes.RELATIONS.codes()) {
            String label = HouseholdCodes.RELATIONS.label(code);
            codes.put(label, code);
            for (String part : label.split("/")) {
                codes.put(part, code);
            }
        }
        codes.put("本人", HouseholdCodes.HEAD);
        codes.putAll(Map.of("妻子", "SPOUSE", "丈夫", "SPOUSE", "儿子", "CHILD", "女儿", "CHILD"));
        return Map.copyOf(codes);
    }
}
