package cn.qingyang.assistance.person;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * A valid 18-character resident ID number (居民身份证号码, GB 11643-1999): 6-digit region code,
 * 8-digit birth date, 3-digit sequence (the last of which gives the sex) and a check character.
 * Only {@link #parse} makes one, so holding one means the number is well-formed, its check
 * character right, its birth date real, not before 1900 and not after today (Beijing time), and
 * its region code starts with a real province-level code. The region code is where the number was
 * first issued and is kept for life (青阳县's elderly residents carry 342923, its code before 2000;
 * people born elsewhere carry other codes): it says nothing about where the person lives.
 *
 * <p>{@link #toString()} is the masked form ({@code 341723********123X}), so that a full number
 * never lands in a log by accident; {@link #value()} is the full number, for storage.
 */
public final class ResidentIdNumber {

    /** Today is today in Beijing time, whatever the server's zone: ID numbers are national, not the county's setting. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    public static final String MALE = "男";
    public static final String FEMALE = "女";

    static final String FORMAT_MESSAGE = "身份证号码应为 18 位：17 位数字加 1 位校验码（数字或 X）";
    static final String FIFTEEN_DIGITS_MESSAGE = "这是 15 位的旧身份证号码，请填写 18 位的居民身份证号码（见第二代身份证或户口簿）";
    static final String CHECK_DIGIT_MESSAGE = "身份证号码校验位不正确，请核对后重新输入";

    /**
     * The province-level codes of GB/T 2260 (the first two digits of every region code), with
     * 71 台湾, 81 香港, 82 澳门 (their residents' residence permits carry 830000, 810000, 820000).
     */
    private static final java.util.Set<String> PROVINCES = java.util.Set.of("11", "12", "13", "14", "15", "21", "22",
            "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53",
            "54", "61", "62", "63", "64", "65", "71", "81", "82", "83");

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private final String value;
    private final LocalDate birthDate;

    private ResidentIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Normalises (surrounding blanks, lower-case x, full-width digits and X) and validates.
     *
     * @throws InvalidIdNumberException ID_NUMBER_FORMAT (a 15-digit number: asked for the 18-digit
     *         one), ID_NUMBER_CHECK_DIGIT, ID_NUMBER_BIRTH_DATE or ID_NUMBER_REGION (no real province)
     */
    public static ResidentIdNumber parse(String raw) {
        return parse(raw, Clock.system(ZONE));
    }

    /** As {@link #parse(String)}, with today taken from the clock (in Beijing time). */
    public static ResidentIdNumber parse(String raw, Clock clock) {
        String value = normalise(raw);
        if (value != null && value.matches("[0-9]{15}")) {
            throw new InvalidIdNumberException(InvalidIdNumberException.FORMAT, FIFTEEN_DIGITS_MESSAGE);
        }
        if (!isWellFormed(value)) {
            throw new InvalidIdNumberException(InvalidIdNumberException.FORMAT, FORMAT_MESSAGE);
        }
        if (checkCharacter(value) != value.charAt(17)) {
            throw new InvalidIdNumberException(InvalidIdNumberException.CHECK_DIGIT, CHECK_DIGIT_MESSAGE);
        }
        LocalDate birthDate = birthDate(value, LocalDate.ofInstant(clock.instant(), ZONE));
        if (!PROVINCES.contains(value.substring(0, 2))) {
            throw new InvalidIdNumberException(InvalidIdNumberException.REGION, "身份证号码的地区码 " + value.substring(0, 6)
                    + " 不存在（前两位 " + value.substring(0, 2) + " 不是省级行政区划代码），请核对后重新输入");
        }
        return new ResidentIdNumber(value, birthDate);
    }

    /** The full number (18 characters, upper-case X): for storage, never for logs. */
    public String value() {
        return value;
    }

    /** The first 6 digits: the administrative division where the number was first issued (not where the person lives). */
    public String regionCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** {@value #MALE} if the 17th digit is odd, {@value #FEMALE} if it is even. */
    public String sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? MALE : FEMALE;
    }

    /** First 6 and last 4 characters, 8 asterisks between: {@code 341723********123X}. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    /** Age in whole years on the given date (the birthday itself counts). */
    public int ageOn(LocalDate date) {
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("日期 " + date + " 早于出生日期");
        }
        return Period.between(birthDate, date).getYears();
    }

    /** The masked form: a full number never lands in a log by accident. */
    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentIdNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    private static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String stripped = raw.strip();
        StringBuilder result = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else if (c == 'x' || c == 'Ｘ' || c == 'ｘ') {
                c = 'X';
            }
            result.append(c);
        }
        return result.toString();
    }

    private static boolean isWellFormed(String value) {
        if (value.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        char last = value.charAt(17);
        return (last >= '0' && last <= '9') || last == 'X';
    }

    /** GB 11643-1999: the weighted sum of the first 17 digits, mod 11, indexes "10X98765432". */
    private static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static LocalDate birthDate(String value, LocalDate today) {
        int year = Integer.parseInt(value.substring(6, 10));
        int month = Integer.parseInt(value.substring(10, 12));
        int day = Integer.parseInt(value.substring(12, 14));
        String text = year + "年" + month + "月" + day + "日";
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidIdNumberException(InvalidIdNumberException.BIRTH_DATE,
                    "身份证号码中的出生日期（" + text + "）不存在，请核对后重新输入");
        }
        if (date.isAfter(today)) {
            throw new InvalidIdNumberException(InvalidIdNumberException.BIRTH_DATE,
                    "身份证号码中的出生日期（" + text + "）不存在或晚于今天");
        }
        if (date.isBefore(EARLIEST_BIRTH_DATE)) {
            throw new InvalidIdNumberException(InvalidIdNumberException.BIRTH_DATE,
                    "身份证号码中的出生日期（" + text + "）早于 1900年1月1日，请核对后重新输入");
        }
        return date;
    }
}
