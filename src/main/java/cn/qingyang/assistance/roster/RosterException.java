package cn.qingyang.assistance.roster;

import org.springframework.http.HttpStatus;

/**
 * A roster upload refused as a whole (nothing imported), or an import the caller may not see:
 * the HTTP status, a stable code and a Chinese message saying what to do.
 */
public class RosterException extends RuntimeException {

    public static final String EMPTY = "ROSTER_EMPTY";
    public static final String FORMAT = "ROSTER_FORMAT";
    public static final String HEADER = "ROSTER_HEADER";
    public static final String TOO_MANY_ROWS = "ROSTER_TOO_MANY_ROWS";
    public static final String MODE = "ROSTER_MODE";
    public static final String BUSY = "ROSTER_BUSY";
    public static final String NOT_FOUND = "NOT_FOUND";

    private final HttpStatus status;
    private final String code;
    private final String field;

    public RosterException(HttpStatus status, String code, String message, String field) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    static RosterException badFile(String code, String message) {
        return new RosterException(HttpStatus.BAD_REQUEST, code, message, "file");
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
