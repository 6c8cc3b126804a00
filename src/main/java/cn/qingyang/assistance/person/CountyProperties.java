package cn.qingyang.assistance.person;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The county's ID-number region codes ({@code qingyang.county.*}). The default is written here and
 * nowhere else; application.yaml documents the key for administrators.
 *
 * @param regionCodes the region codes the county issues or issued ID numbers under, present and
 *                    former (default 341723, 青阳县 since 2000, and 342923, its code under 池州地区
 *                    before): a number starting with one of them is 本地户籍, any other valid number
 *                    非本地户籍
 */
@ConfigurationProperties("qingyang.county")
public record CountyProperties(@DefaultValue({"341723", "342923"}) List<String> regionCodes) {

    public CountyProperties {
        if (regionCodes == null || regionCodes.isEmpty()
                || regionCodes.stream().anyMatch(code -> code == null || !code.strip().matches("[0-9]{6}"))) {
            throw new IllegalArgumentException("qingyang.county.region-codes 应为本县现用和曾用的 6 位行政区划代码（如 341723,342923），见 application.yaml。");
        }
        regionCodes = regionCodes.stream().map(String::strip).toList();
    }

    /** 本地户籍 when the number was issued under one of the county's codes, else 非本地户籍. */
    public HouseholdRegistration registrationOf(ResidentIdNumber idNumber) {
        return regionCodes.contains(idNumber.regionCode()) ? HouseholdRegistration.LOCAL : HouseholdRegistration.NON_LOCAL;
    }
}
