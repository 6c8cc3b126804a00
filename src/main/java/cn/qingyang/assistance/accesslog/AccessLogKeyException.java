package cn.qingyang.assistance.accesslog;

/** The access log's key is missing, malformed, too short, or the demo key in production: no start. */
class AccessLogKeyException extends RuntimeException {

    public AccessLogKeyException(String reason) {
        super("拒绝启动 / refusing to start: " + reason);
    }
}
