package cn.qingyang.assistance.account;

import cn.qingyang.assistance.common.ApiError;
import cn.qingyang.assistance.security.RequestUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a user has chosen their own password ({@link PasswordChangeRepository}), every request of
 * theirs to our API, {@code /engine-rest} and the webapps' APIs (Tasklist, Cockpit, Admin) is
 * refused with 403 and a Chinese message naming the page where they set it; only what the
 * change needs passes: the webapps' login, logout and session status, the list of engine names (where the webapps get
 * their CSRF token after the login), {@code /api/account/**},
 * the session's CSRF token and the password policy. The header {@value #HEADER} tells the
 * webapps' script ({@code /account/password-change-guard.js}) to open the page.
 * <p>
 * Runs after the authentication of {@code /api} and {@code /engine-rest} (so an unknown or wrong
 * password is still a 401, and nothing is told about an account before its password is given);
 * the webapps' APIs are authenticated by their login session.
 */
public class PasswordChangeGate extends OncePerRequestFilter {

    public static final String PAGE = "/account/password.html";
    public static final String HEADER = "X-Password-Change-Required";
    public static final String MESSAGE = "请先修改密码：您的密码是管理员设置的（新建账号或重置密码），须先在“修改密码”页面 "
            + PAGE + " 设置只有您自己知道的新密码，然后才能使用本系统。";
    private static final Logger log = LoggerFactory.getLogger(PasswordChangeGate.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PasswordChangeRepository requirements;
    private final IdentityService identity;
    private final String webappPath;

    public PasswordChangeGate(PasswordChangeRepository requirements, IdentityService identity, String webappPath) {
        this.requirements = requirements;
        this.identity = identity;
        this.webappPath = webappPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // decoded and normalised as the servlets see it ("/api/account/../me" is "/api/me")
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String userId = allowed(path) ? null : RequestUser.of(request, identity, webappPath);
        if (userId == null || !requirements.isRequired(userId)) {
            chain.doFilter(request, response);
            return;
        }
        log.info("Refused {} {} of user {}: the password set by an administrator must be changed first",
                request.getMethod(), path, userId);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setHeader(HEADER, PAGE);
        response.setContentType("application/json;charset=UTF-8");
        Object body = path.startsWith("/api/")
                ? ApiError.of("PASSWORD_CHANGE_REQUIRED", MESSAGE)
                : Map.of("type", "PasswordChangeRequired", "message", MESSAGE);
        JSON.writeValue(response.getOutputStream(), body);
    }

    /** What a user who must change the password may still call. */
    private boolean allowed(String path) {
        return path.startsWith(webappPath + "/api/admin/auth/")
                // the list of engine names, which the webapps fetch right after the login to get
                // their new CSRF token; refused, the app and our page would hold different tokens
                || path.equals(webappPath + "/api/engine/engine/") || path.equals(webappPath + "/api/engine/engine")
                || path.startsWith("/api/account/")
                || path.equals("/api/session/csrf-token")
                || path.startsWith("/engine-rest/identity/password-policy");
    }
}
