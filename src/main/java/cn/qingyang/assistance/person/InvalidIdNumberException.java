package cn.qingyang.assistance.person;

/**
 * A resident ID number that cannot be accepted: {@link #code()} is stable for programs (the
 * {@code code} of {@link cn.qingyang.assistance.common.ApiError}), the message is Chinese and says
 * what to fix. Neither ever holds the full number.
 */
public class InvalidIdNumberException extends RuntimeException {

    /** Not 18 characters of 17 digits and a check character (digit or X); a 15-digit number is asked for its 18-digit one. */
    public static final String FORMAT = "ID_NUMBER_FORMAT";
    /** The 18th character is not the GB 11643-1999 check character of the first 17. */
    public static final String CHECK_DIGIT = "ID_NUMBER_CHECK_DIGIT";
    /** The birth date does not exist, is in the future or before 1900. */
    public static final String BIRTH_DATE = "ID_NUMBER_BIRTH_DATE";
    /** The region code starts with no real province-level code. */
    public static final String REGION = "ID_NUMBER_REGION";

    private final String code;

    public InvalidIdNumberException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
