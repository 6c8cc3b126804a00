package cn.qingyang.assistance.common;

/** Order of the start-up steps: organisation, then authorizations and filters, then demo users. */
public final class StartupOrder {

    public static final int ORGANISATION = 10;
    public static final int AUTHORIZATIONS = 20;
    public static final int FILTERS = 30;
    public static final int DEMO_USERS = 40;

    private StartupOrder() {
    }
}
