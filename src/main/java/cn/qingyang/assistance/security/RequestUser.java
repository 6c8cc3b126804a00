package cn.qingyang.assistance.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who makes a request, for filters that run after the authentication filters
 * ({@link RestSecurityConfiguration#AUTHENTICATION_ORDER}): the webapps' APIs know the user from
 * the login session; {@code /api} and {@code /engine-rest} from the engine's authentication that
 * their filter set for the request. Null when nobody is logged in.
 */
public final class RequestUser {

    private RequestUser() {
    }

    public static String of(HttpServletRequest request, IdentityService identity, String webappPath) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith(webappPath + "/api/")) {
            HttpSession session = request.getSession(false);
            Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
            if (authentications == null) {
                return null;
            }
            List<UserAuthentication> users = authentications.getAuthentications().stream()
                    .filter(UserAuthentication.class::isInstance).map(UserAuthentication.class::cast).toList();
            return users.isEmpty() ? null : users.get(0).getName();
        }
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
