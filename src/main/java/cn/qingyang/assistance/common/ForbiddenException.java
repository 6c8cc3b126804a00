package cn.qingyang.assistance.common;

/** The caller may not see or do this; the message says why in Chinese. Answered 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
