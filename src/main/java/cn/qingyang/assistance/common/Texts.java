package cn.qingyang.assistance.common;

import java.util.regex.Pattern;

/** What every feature does with text a person typed before echoing it or storing it. */
public final class Texts {

    /** HTML tags or a script link in a free text: refused wherever a person types one. */
    public static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z!/?]|javascript:", Pattern.CASE_INSENSITIVE);

    /** Length of a value quoted back in an error message. */
    public static final int QUOTED = 30;

    private Texts() {
    }

    /** The value quoted back to a person, cut at {@link #QUOTED} characters. */
    public static String abbreviate(String value) {
        return abbreviate(value, QUOTED);
    }

    /** The value cut at {@code max} characters with "…" (a null as the empty text). */
    public static String abbreviate(String value, int max) {
        return value == null ? "" : value.length() <= max ? value : value.substring(0, max) + "…";
    }

    /** Whether a free text holds markup ({@link #MARKUP}). */
    public static boolean hasMarkup(String value) {
        return value != null && MARKUP.matcher(value).find();
    }
}
