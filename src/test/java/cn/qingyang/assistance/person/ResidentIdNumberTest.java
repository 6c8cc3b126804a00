package cn.qingyang.assistance.person;

import cn.qingyang.assistance.TestIdNumbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    static final String COUNTY = "341723";
    /** 2025-06-01 12:00 in Beijing. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2025-06-01T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

    /** GB 11643-1999, computed independently of the class under test. */
    static String withCheckDigit(String first17) {
        return TestIdNumbers.withCheckDigit(first17);
    }

    /** A number of the county with the right check digit: birth date yyyyMMdd, 3-digit sequence. */
    static String county(String birthDate, String sequence) {
        return withCheckDigit(COUNTY + birthDate + sequence);
    }

    static String wrongCheckDigit(String valid) {
        char right = valid.charAt(17);
        return valid.substring(0, 17) + (right == '0' ? '1' : '0');
    }

    static ResidentIdNumber parse(String raw) {
        return ResidentIdNumber.parse(raw, TODAY);
    }

    static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String raw, String code) {
        return assertThatThrownBy(() -> parse(raw))
                .isInstanceOf(InvalidIdNumberException.class)
                .satisfies(e -> assertThat(((InvalidIdNumberException) e).code()).isEqualTo(code));
    }

    // --- valid numbers ------------------------------------------------------------------------

    @Test
    void handCheckedCountyNumbers() {
        // 3·7+4·9+1·10+7·5+2·8+3·4+1·2+9·1+9·6+0·3+0·7+1·9+0·10+1·5+0·8+0·4+1·2 = 211; 211 mod 11 = 2 → X
        assertThat(withCheckDigit("34172319900101001")).isEqualTo("34172319900101001X");
        ResidentIdNumber id = parse("34172319900101001X");
        assertThat(id.value()).isEqualTo("34172319900101001X");
        assertThat(id.regionCode()).isEqualTo("341723");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(id.sex()).isEqualTo("男");

        // sum 315, mod 11 = 7 → 5; sequence 123: the 17th digit 3 is odd
        assertThat(withCheckDigit("34172319850615123")).isEqualTo("341723198506151235");
        ResidentIdNumber other = parse("341723198506151235");
        assertThat(other.birthDate()).isEqualTo(LocalDate.of(1985, 6, 15));
        assertThat(other.sex()).isEqualTo("男");

        // sum 268, mod 11 = 4 → 8; sequence 002: the 17th digit 2 is even
        assertThat(withCheckDigit("34172319851231002")).isEqualTo("341723198512310028");
        ResidentIdNumber woman = parse("341723198512310028");
        assertThat(woman.birthDate()).isEqualTo(LocalDate.of(1985, 12, 31));
        assertThat(woman.sex()).isEqualTo("女");
    }

    @Test
    void theExampleOfTheStandardIsValid() {
        // GB 11643-1999's own example: 北京市朝阳区, 1949-12-31, female.
        ResidentIdNumber id = parse("11010519491231002X");
        assertThat(id.regionCode()).isEqualTo("110105");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo("女");
    }

    @Test
    void computedNumbersOfEveryCheckCharacterAreValid() {
        for (int sequence = 1; sequence <= 30; sequence++) {
            String number = county("19851231", String.format("%03d", sequence));
            assertThat(parse(number).value()).isEqualTo(number);
        }
    }

    @Test
    void checkCharacterXIsAccepted() {
        assertThat(parse("34172319851231001X").value()).endsWith("X");
    }

    @Test
    void lowerCaseXIsNormalised() {
        assertThat(parse("34172319851231001x").value()).isEqualTo("34172319851231001X");
    }

    @Test
    void fullWidthDigitsAndSurroundingBlanksAreNormalised() {
        assertThat(parse("  ３４１７２３１９８５１２３１００１ｘ\u3000").value()).isEqualTo("34172319851231001X");
        assertThat(parse("\t341723198506151235\n").value()).isEqualTo("341723198506151235");
    }

    @Test
    void equalityIsByTheNormalisedNumber() {
        assertThat(parse("34172319851231001x")).isEqualTo(parse("34172319851231001X"))
                .hasSameHashCodeAs(parse("３４１７２３１９８５１２３１００１Ｘ"));
        assertThat(parse("341723198506151235")).isNotEqualTo(parse("34172319851231001X"));
    }

    // --- format ---------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "34172319850615123", "3417231985061512355", "34172319850615123A",
            "3417231985O6151235", "X41723198506151235", "341723-19850615-123", "34172385061512"})
    void malformedNumbersAreRefused(String raw) {
        assertRefused(raw, "ID_NUMBER_FORMAT")
                .hasMessage("身份证号码应为 18 位：17 位数字加 1 位校验码（数字或 X）");
    }

    @Test
    void aFifteenDigitNumberIsAskedForItsEighteenDigitOne() {
        assertRefused("341723850615123", "ID_NUMBER_FORMAT")
                .hasMessage("这是 15 位的旧身份证号码，请填写 18 位的居民身份证号码（见第二代身份证或户口簿）");
        assertRefused(" 342923450615123 ", "ID_NUMBER_FORMAT").hasMessageContaining("15 位的旧身份证号码");
    }

    @Test
    void nullIsMalformed() {
        assertRefused(null, "ID_NUMBER_FORMAT");
    }

    // --- check digit ------------------------------------------------------------------------

    @Test
    void wrongCheckDigitIsRefused() {
        assertRefused("341723198506151234", "ID_NUMBER_CHECK_DIGIT")
                .hasMessage("身份证号码校验位不正确，请核对后重新输入");
        assertRefused("341723198506151237", "ID_NUMBER_CHECK_DIGIT");
        assertRefused("34172319900101001" + "0", "ID_NUMBER_CHECK_DIGIT");
        assertRefused("34172319850615123X", "ID_NUMBER_CHECK_DIGIT");
    }

    @Test
    void aMistypedDigitIsCaughtByTheCheckDigit() {
        // Two adjacent digits swapped: 1985 → 1958.
        assertRefused("341723195806151235", "ID_NUMBER_CHECK_DIGIT");
    }

    @Test
    void theErrorNeverHoldsTheNumber() {
        String wrong = wrongCheckDigit(county("19851231", "001"));
        assertThatThrownBy(() -> parse(wrong)).message().doesNotContain(wrong).doesNotContain(wrong.substring(0, 17));
    }

    // --- birth date ------------------------------------------------------------------------------

    @Test
    void february30IsRefused() {
        assertRefused(county("20230230", "001"), "ID_NUMBER_BIRTH_DATE")
                .hasMessage("身份证号码中的出生日期（2023年2月30日）不存在，请核对后重新输入");
    }

    @Test
    void impossibleMonthsAndDaysAreRefused() {
        assertRefused(county("19851301", "001"), "ID_NUMBER_BIRTH_DATE").hasMessageContaining("1985年13月1日");
        assertRefused(county("19850001", "001"), "ID_NUMBER_BIRTH_DATE");
        assertRefused(county("19850100", "001"), "ID_NUMBER_BIRTH_DATE");
        assertRefused(county("19850431", "001"), "ID_NUMBER_BIRTH_DATE");
    }

    @Test
    void february29OfALeapYearIsValid() {
        assertThat(parse(county("20000229", "002")).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(parse(county("20240229", "002")).birthDate()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void february29OfANonLeapYearIsRefused() {
        assertRefused(county("20230229", "002"), "ID_NUMBER_BIRTH_DATE").hasMessageContaining("2023年2月29日");
        // 1900 is not a leap year (divisible by 100, not by 400).
        assertRefused(county("19000229", "002"), "ID_NUMBER_BIRTH_DATE");
    }

    @Test
    void futureBirthDateIsRefused() {
        assertRefused(county("20250602", "001"), "ID_NUMBER_BIRTH_DATE")
                .hasMessage("身份证号码中的出生日期（2025年6月2日）不存在或晚于今天");
        assertRefused(county("20300101", "001"), "ID_NUMBER_BIRTH_DATE")
                .hasMessage("身份证号码中的出生日期（2030年1月1日）不存在或晚于今天");
    }

    @Test
    void bornTodayIsValid() {
        assertThat(parse(county("20250601", "001")).birthDate()).isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void todayIsTodayInBeijingWhateverTheClocksZone() {
        // 2025-05-31 16:30 UTC is already 2025-06-01 00:30 in Beijing.
        Clock utc = Clock.fixed(Instant.parse("2025-05-31T16:30:00Z"), ZoneOffset.UTC);
        String bornJune1 = county("20250601", "001");
        assertThat(ResidentIdNumber.parse(bornJune1, utc).birthDate()).isEqualTo(LocalDate.of(2025, 6, 1));
        // 2025-05-31 15:30 UTC is still 2025-05-31 23:30 in Beijing.
        Clock earlier = Clock.fixed(Instant.parse("2025-05-31T15:30:00Z"), ZoneOffset.UTC);
        assertThatThrownBy(() -> ResidentIdNumber.parse(bornJune1, earlier))
                .isInstanceOf(InvalidIdNumberException.class).hasMessageContaining("晚于今天");
    }

    @Test
    void birthDatesBefore1900AreRefused() {
        // The standard's other example (广东省, born 1880) has a right check digit but is out of range.
        assertRefused("440524188001010014", "ID_NUMBER_BIRTH_DATE")
                .hasMessage("身份证号码中的出生日期（1880年1月1日）早于 1900年1月1日，请核对后重新输入");
        assertRefused(county("18991231", "001"), "ID_NUMBER_BIRTH_DATE");
        assertThat(parse(county("19000101", "001")).birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void parseWithoutClockUsesToday() {
        assertThat(ResidentIdNumber.parse("34172319900101001X").birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString().replace("-", "");
        assertThatThrownBy(() -> ResidentIdNumber.parse(county(tomorrow, "001")))
                .isInstanceOf(InvalidIdNumberException.class).hasMessageContaining("晚于今天");
    }

    // --- region ----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "341723", // 青阳县 since 2000
            "342923", // 青阳县 before 2000 (池州地区): most elderly residents carry it for life
            "340823", // another county of Anhui
            "110101", // 北京市东城区
            "440305", // 深圳市南山区
            "650102", // 乌鲁木齐市天山区
            "810000"}) // a Hong Kong resident's residence permit
    void aValidNumberIssuedAnywhereIsAcceptedWhereverThePersonLives(String region) {
        String number = withCheckDigit(region + "19480315" + "123");
        ResidentIdNumber id = ResidentIdNumber.parse(number, TODAY);
        assertThat(id.regionCode()).isEqualTo(region);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1948, 3, 15));
    }

    @Test
    void aNumberEndingInXIsAcceptedWhateverItsRegion() {
        String body = java.util.stream.IntStream.range(100, 1000).mapToObj(seq -> "11010119900101" + seq)
                .filter(b -> withCheckDigit(b).endsWith("X")).findFirst().orElseThrow();
        assertThat(ResidentIdNumber.parse(body + "x", TODAY).value()).isEqualTo(body + "X");
        assertThat(ResidentIdNumber.parse(" 34172319900101001x ").value()).isEqualTo("34172319900101001X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"001723", "201723", "991234", "721234"})
    void aRegionCodeOfNoProvinceIsRefusedInChinese(String region) {
        assertRefused(withCheckDigit(region + "19900101" + "001"), "ID_NUMBER_REGION")
                .hasMessage("身份证号码的地区码 " + region + " 不存在（前两位 " + region.substring(0, 2)
                        + " 不是省级行政区划代码），请核对后重新输入");
    }

    @Test
    void formatCheckDigitAndBirthDateAreCheckedBeforeTheRegion() {
        assertRefused("9908231990", "ID_NUMBER_FORMAT");
        String wrongCheckDigit = withCheckDigit("99082319900101001");
        wrongCheckDigit = wrongCheckDigit.substring(0, 17) + (wrongCheckDigit.charAt(17) == '1' ? '2' : '1');
        assertRefused(wrongCheckDigit, "ID_NUMBER_CHECK_DIGIT");
        assertRefused(withCheckDigit("99082319900230001"), "ID_NUMBER_BIRTH_DATE");
    }

    // --- derived values ----------------------------------------------------------------------

    @Test
    void maskedKeepsTheFirstSixAndTheLastFour() {
        assertThat(parse("34172319851231001X").masked()).isEqualTo("341723********001X").hasSize(18);
        assertThat(parse("341723198506151235").masked()).isEqualTo("341723********1235");
    }

    @Test
    void toStringIsMaskedSoNoFullNumberIsLogged() {
        ResidentIdNumber id = parse("34172319851231001X");
        assertThat(id.toString()).isEqualTo("341723********001X");
        assertThat("申请人 " + id).doesNotContain("19851231").doesNotContain("34172319851231001X");
    }

    @Test
    void sexFollowsTheParityOfThe17thDigit() {
        for (int digit = 0; digit <= 9; digit++) {
            ResidentIdNumber id = parse(county("19700101", "01" + digit));
            assertThat(id.sex()).as("17th digit %d", digit).isEqualTo(digit % 2 == 1 ? "男" : "女");
        }
    }

    @Test
    void ageCountsWholeYearsTheBirthdayIncluded() {
        ResidentIdNumber id = parse(county("19850615", "123"));
        assertThat(id.ageOn(LocalDate.of(2025, 6, 14))).isEqualTo(39);
        assertThat(id.ageOn(LocalDate.of(2025, 6, 15))).isEqualTo(40);
        assertThat(id.ageOn(LocalDate.of(1985, 6, 15))).isZero();
        assertThatThrownBy(() -> id.ageOn(LocalDate.of(1985, 6, 14))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ageOfSomeoneBornOnFebruary29() {
        ResidentIdNumber id = parse(county("20000229", "002"));
        assertThat(id.ageOn(LocalDate.of(2025, 2, 28))).isEqualTo(24);
        assertThat(id.ageOn(LocalDate.of(2025, 3, 1))).isEqualTo(25);
        assertThat(id.ageOn(LocalDate.of(2024, 2, 29))).isEqualTo(24);
    }
}
