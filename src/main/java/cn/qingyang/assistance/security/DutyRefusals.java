package cn.qingyang.assistance.security;

/**
 * The duty refusal of the current request, for the webapps' engine API: it is a JAX-RS
 * application we cannot add an exception mapper to, and the engine wraps a task listener's
 * exception in its own English one, so {@link WebappTenantDenialFilter} learns of the refusal here
 * (the engine refuses on the request's own thread) rather than by reading the error text.
 */
final class DutyRefusals {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private DutyRefusals() {
    }

    static void refused(String message) {
        CURRENT.set(message);
    }

    /** The refusal since the last call, if any, and forgets it. */
    static String take() {
        String message = CURRENT.get();
        CURRENT.remove();
        return message;
    }
}
