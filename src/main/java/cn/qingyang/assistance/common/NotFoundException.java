package cn.qingyang.assistance.common;

/** Nothing of the kind asked for exists yet (or the caller may not see it); the message says what, in Chinese. Answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
