package cn.qingyang.assistance.crypto;

/** A stored value that cannot be opened: altered, not sealed, or sealed with a key that is not configured. */
class SealedValueException extends RuntimeException {

    public SealedValueException(String message) {
        super(message);
    }
}
