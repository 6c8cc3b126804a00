package cn.qingyang.assistance.security;

import cn.qingyang.assistance.common.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Authenticates a call to our own API ({@code /api/**}) either by the Camunda webapp session of
 * a user logged into Tasklist/Cockpit (a page or form calling the API), or by HTTP Basic against
 * Camunda identity (systems and scripts; the engine's failed-login throttling applies). A
 * session-authenticated request that changes something must carry the webapps' CSRF token, as
 * the webapps' own API requires; without it the request falls back to HTTP Basic.
 */
public class SessionOrBasicAuthenticationProvider implements AuthenticationProvider {

    /** Session attribute and header names of the Camunda webapps' CSRF prevention filter. */
    static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    static final String CSRF_HEADER = "X-XSRF-TOKEN";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();
    /** Whether the refused request named a user (then the refusal speaks of a wrong password or a lock). */
    private final ThreadLocal<Boolean> credentialsGiven = new ThreadLocal<>();

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        credentialsGiven.set(request.getHeader("Authorization") != null);
        HttpSession session = request.getSession(false);
        if (session != null && csrfSatisfied(request, session)) {
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
            if (authentications != null
                    && authentications.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user) {
                AuthenticationResult result = AuthenticationResult.successful(user.getName());
                result.setGroups(user.getGroupIds());
                result.setTenants(user.getTenantIds());
                return result;
            }
        }
        return basic.extractAuthenticatedUser(request, engine);
    }

    private static boolean csrfSatisfied(HttpServletRequest request, HttpSession session) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return true;
        }
        Object expected = session.getAttribute(CSRF_SESSION_ATTRIBUTE);
        String given = request.getHeader(CSRF_HEADER);
        return expected instanceof String token && given != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"qingyang\", charset=\"UTF-8\"");
        response.setContentType("application/json;charset=UTF-8");
        boolean named = Boolean.TRUE.equals(credentialsGiven.get());
        credentialsGiven.remove();
        try {
            JSON.writeValue(response.getOutputStream(), named ? wrongPasswordOrLocked(engine) : ApiError.of("UNAUTHENTICATED",
                    "请先登录：使用任务办理（Tasklist）的登录会话，或以 HTTP Basic 方式提供用户名和密码。"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The engine refuses a wrong password, a login too soon after a failed one, and every login of
     * a locked account alike; the answer names all three and does not tell which (nor whether the
     * account exists).
     */
    private static ApiError wrongPasswordOrLocked(ProcessEngine engine) {
        int maxAttempts = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getLoginMaxAttempts();
        return ApiError.of("LOGIN_FAILED", "用户名或密码不正确，或登录失败后等待的时间未到（每次失败后须等几秒，越来越久），"
                + "或账号已因连续 " + maxAttempts + " 次登录失败被锁定：锁定后正确的密码也无法登录，请联系系统管理员解锁。");
    }
}
