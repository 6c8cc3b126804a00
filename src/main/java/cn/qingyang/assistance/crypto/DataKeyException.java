package cn.qingyang.assistance.crypto;

/** The encryption keys are missing, malformed, or the demo keys in production: the application does not start. */
public class DataKeyException extends RuntimeException {

    public DataKeyException(String reason) {
        super("拒绝启动 / refusing to start: " + reason);
    }
}
