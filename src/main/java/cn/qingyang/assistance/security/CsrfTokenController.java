package cn.qingyang.assistance.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Our own pages (e.g. /roster/index.html) call /api with the Tasklist login session; a change
 * must carry the webapps' CSRF token, whose cookie is scoped to /camunda. A same-origin page
 * reads it here (cross-origin pages cannot read this answer).
 */
@RestController
@RequestMapping("/api/session/csrf-token")
@Tag(name = "登录会话")
class CsrfTokenController {

    @GetMapping
    @Operation(summary = "取得当前登录会话的 CSRF 令牌（供本系统页面提交时使用）")
    public ResponseEntity<Map<String, String>> token(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return ResponseEntity.noContent().build(); // HTTP Basic callers need no token
        }
        synchronized (session) {
            Object token = session.getAttribute(SessionOrBasicAuthenticationProvider.CSRF_SESSION_ATTRIBUTE);
            if (token == null) {
                // right after login the webapps have not issued one yet: issue it as they would
                byte[] bytes = new byte[16];
                RANDOM.nextBytes(bytes);
                token = HexFormat.of().withUpperCase().formatHex(bytes);
                session.setAttribute(SessionOrBasicAuthenticationProvider.CSRF_SESSION_ATTRIBUTE, token);
            }
            return ResponseEntity.ok(Map.of("token", token.toString()));
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
}
