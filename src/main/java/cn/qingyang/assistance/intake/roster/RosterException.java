package cn.qingyang.assistance.intake.roster;

import cn.qingyang.assistance.common.ApiException;
import org.springframework.http.HttpStatus;

/**
 * A roster upload refused as a whole (nothing imported), or an import the caller may not see:
 * the HTTP status, a stable code and a Chinese message saying what to do.
 */
class RosterException extends ApiException {

    public static final String EMPTY = "ROSTER_EMPTY";
    public static final String FORMAT = "ROSTER_FORMAT";
    public static final String HEADER = "ROSTER_HEADER";
    public static final String TOO_MANY_ROWS = "ROSTER_TOO_MANY_ROWS";
    public static final String MODE = "ROSTER_MODE";
    public static final String BUSY = "ROSTER_BUSY";
    public static final String NOT_FOUND = "NOT_FOUND";

    public RosterException(HttpStatus status, String code, String message, String field) {
        super(status, code, message, field);
    }

    static RosterException badFile(String code, String message) {
        return new RosterException(HttpStatus.BAD_REQUEST, code, message, "file");
    }

}
