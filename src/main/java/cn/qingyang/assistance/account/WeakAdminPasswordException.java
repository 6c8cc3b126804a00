package cn.qingyang.assistance.account;

/** Thrown at start-up in the prod profile when the administrator's password is missing or weak. */
public class WeakAdminPasswordException extends RuntimeException {

    public WeakAdminPasswordException(String reason) {
        super("拒绝启动 / refusing to start: " + reason);
    }
}
