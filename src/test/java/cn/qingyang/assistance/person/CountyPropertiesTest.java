package cn.qingyang.assistance.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountyPropertiesTest {

    private static ResidentIdNumber issuedIn(String region) {
        return ResidentIdNumber.parse(ResidentIdNumberTest.withCheckDigit(region + "19480315123"));
    }

    @Test
    void aNumberIssuedUnderThePresentOrFormerCountyCodeIsLocalAnyOtherNonLocal() {
        CountyProperties county = new CountyProperties(List.of("341723", "342923"));
        assertThat(county.registrationOf(issuedIn("341723"))).isEqualTo(HouseholdRegistration.LOCAL);
        assertThat(county.registrationOf(issuedIn("342923"))).isEqualTo(HouseholdRegistration.LOCAL);
        assertThat(county.registrationOf(issuedIn("340823")).label()).isEqualTo("非本地户籍");
        assertThat(county.registrationOf(issuedIn("110101")).label()).isEqualTo("非本地户籍");
        assertThat(HouseholdRegistration.LOCAL.label()).isEqualTo("本地户籍");
    }

    @Test
    void aCountyCodeThatIsNotSixDigitsStopsTheStartWithAChineseMessage() {
        for (List<String> wrong : List.of(List.<String>of(), List.of("3417"), List.of("341723", "34292X"))) {
            assertThatThrownBy(() -> new CountyProperties(wrong)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("qingyang.county.region-codes").hasMessageContaining("6 位行政区划代码");
        }
        assertThat(new CountyProperties(List.of(" 341723 ")).regionCodes()).containsExactly("341723");
    }
}
