package cn.qingyang.assistance.security;

import cn.qingyang.assistance.common.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies {@link ApiAccessRules} to every {@code /api} operation before its controller runs:
 * an operation the caller's role may not use answers 403 with the reason in Chinese, and an
 * operation missing from the table answers 403 to everyone (fail closed). A refusal is a
 * person's mistake or a probe, logged at INFO in one line, never an ERROR.
 */
@Configuration(proxyBeanMethods = false)
class ApiAccessInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ApiAccessInterceptor.class);

    private final IdentityService identity;

    public ApiAccessInterceptor(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true; // not one of our operations: Spring answers 404/405 itself
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        CallerScope caller = CallerScope.current(identity);
        var rule = ApiAccessRules.find(request.getMethod(), String.valueOf(pattern));
        if (rule.isEmpty()) {
            log.warn("拒绝访问 / refused: {} {} is not in ApiAccessRules (user {})", request.getMethod(), pattern,
                    caller.userId());
            throw new ForbiddenException("该接口尚未列入访问规则，暂不开放。");
        }
        var refusal = ApiAccessRules.refusal(rule.get(), caller);
        if (refusal.isPresent()) {
            log.info("拒绝访问 / refused: {} {} for user {} (roles {})", request.getMethod(), pattern, caller.userId(),
                    caller.roles());
            throw new ForbiddenException(refusal.get());
        }
        return true;
    }
}
