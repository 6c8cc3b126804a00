package cn.qingyang.assistance.intake.roster;

import cn.qingyang.assistance.common.Texts;
import cn.qingyang.assistance.organisation.OrgLevel;
import cn.qingyang.assistance.organisation.OrgUnit;
import cn.qingyang.assistance.organisation.OrgUnitRepository;
import cn.qingyang.assistance.organisation.OrganisationGroups;
import cn.qingyang.assistance.security.CallerScope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Townships and villages by name or code, loaded once per import, and the caller's own village or
 * township (a village team may leave both columns blank).
 */
final class PlaceNames {

    /** Where a row's person lives, as codes for the validator (codes it does not know, it refuses itself). */
    record Place(String townshipCode, String villageCode) {
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final Map<String, OrgUnit> townshipsByName = new HashMap<>();
    private final Map<String, OrgUnit> townshipsByCode = new HashMap<>();
    private final Map<String, OrgUnit> villagesByCode = new HashMap<>();
    private final Map<String, OrgUnit> villagesByTownshipAndName = new HashMap<>();
    private final OrgUnit ownVillage;
    private final String ownTownship;

    PlaceNames(OrgUnitRepository orgUnits, CallerScope caller) {
        for (OrgUnit township : orgUnits.findActive(OrgLevel.TOWNSHIP)) {
            townshipsByName.put(township.name(), township);
            townshipsByCode.put(township.code(), township);
        }
        for (OrgUnit village : orgUnits.findActive(OrgLevel.VILLAGE)) {
            villagesByCode.put(village.code(), village);
            villagesByTownshipAndName.put(village.parentCode() + "/" + normaliseName(village.name()), village);
        }
        List<OrgUnit> villages = caller.villageCodes().stream().map(villagesByCode::get).filter(v -> v != null).toList();
        ownVillage = villages.size() == 1 ? villages.get(0) : null;
        Set<String> townships = new TreeSet<>();
        townshipsByCode.keySet().stream().filter(code -> caller.groups().contains(OrganisationGroups.township(code)))
                .forEach(townships::add);
        ownTownship = ownVillage != null ? ownVillage.parentCode() : townships.size() == 1 ? townships.iterator().next() : null;
    }

    /** The place of a row's township and village cells (either may be blank: the caller's own is taken). */
    Place resolve(String township, String village) {
        String townshipCode = township == null ? null : townshipCode(township);
        String villageCode = null;
        if (village != null) {
            if (DIGITS.matcher(village).matches()) {
                villageCode = village;
                if (townshipCode == null) {
                    townshipCode = villageOfCode(village).parentCode();
                }
            } else {
                String within = townshipCode != null ? townshipCode : ownTownship;
                villageCode = villageNamed(within, village).code();
                townshipCode = within;
            }
        }
        if (townshipCode == null) {
            townshipCode = ownTownship;
            if (ownVillage != null) {
                villageCode = ownVillage.code();
            }
        } else if (villageCode == null && ownVillage != null && ownVillage.parentCode().equals(townshipCode)) {
            villageCode = ownVillage.code();
        }
        if (townshipCode == null) {
            throw RosterRow.invalid("【乡镇】请填写乡镇名称或 9 位区划编码。", "townshipCode");
        }
        return new Place(townshipCode, villageCode);
    }

    private String townshipCode(String township) {
        if (DIGITS.matcher(township).matches()) {
            return township;
        }
        return Optional.ofNullable(townshipsByName.get(normaliseName(township)))
                .or(() -> Optional.ofNullable(townshipsByName.get(township))).map(OrgUnit::code)
                .orElseThrow(() -> RosterRow.invalid("【乡镇】“" + Texts.abbreviate(township)
                        + "”不是本县在册的乡镇：请填写乡镇全称（如 乔木乡）或 9 位区划编码。", "townshipCode"));
    }

    private OrgUnit villageOfCode(String village) {
        OrgUnit known = villagesByCode.get(village);
        if (known == null) {
            throw RosterRow.invalid("【村(社区)】编码“" + Texts.abbreviate(village) + "”不是本县在册的村（社区）。", "villageCode");
        }
        return known;
    }

    private OrgUnit villageNamed(String within, String village) {
        if (within == null) {
            throw RosterRow.invalid("【乡镇】按名称填写村（社区）时，请同时填写所属乡镇。", "townshipCode");
        }
        OrgUnit known = villagesByTownshipAndName.get(within + "/" + normaliseName(village));
        if (known == null) {
            OrgUnit inTownship = townshipsByCode.get(within);
            throw RosterRow.invalid("【村(社区)】“" + Texts.abbreviate(village) + "”不是"
                    + (inTownship == null ? "所填乡镇" : inTownship.name())
                    + "在册的村（社区）：请核对名称，或填写 12 位区划编码。", "villageCode");
        }
        return known;
    }

    private static String normaliseName(String name) {
        return name.replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
    }
}
