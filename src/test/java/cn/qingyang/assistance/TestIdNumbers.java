package cn.qingyang.assistance;

/**
 * Valid resident ID numbers for tests, computed independently of the code under test: the
 * 17-digit body and its GB 11643-1999 check character.
 */
public final class TestIdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private TestIdNumbers() {
    }

    public static String withCheckDigit(String body) {
        if (!body.matches("\\d{17}")) {
            throw new IllegalArgumentException("an ID number body has 17 digits: " + body);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
