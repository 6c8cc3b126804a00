package cn.qingyang.assistance.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The values a task's completion rules accepted, as the rules read them (texts stripped, amounts
 * in 元 with two decimals, dates as dates). A value that was missing or refused is absent (null).
 */
public final class Answers {

    private final Map<String, Object> accepted = new HashMap<>();

    Answers() {
    }

    void accept(String name, Object value) {
        accepted.put(name, value);
    }

    /** Whether the value was given and accepted. */
    public boolean has(String name) {
        return accepted.containsKey(name);
    }

    public String text(String name) {
        return (String) accepted.get(name);
    }

    /** The code of the option chosen. */
    public String choice(String name) {
        return (String) accepted.get(name);
    }

    /** Whether the accepted choice is this option. */
    public boolean is(String name, String option) {
        return option.equals(accepted.get(name));
    }

    public Integer integer(String name) {
        return (Integer) accepted.get(name);
    }

    public BigDecimal amount(String name) {
        return (BigDecimal) accepted.get(name);
    }

    public LocalDate date(String name) {
        return (LocalDate) accepted.get(name);
    }
}
