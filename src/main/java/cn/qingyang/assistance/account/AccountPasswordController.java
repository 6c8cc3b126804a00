package cn.qingyang.assistance.account;

import cn.qingyang.assistance.common.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own password: whether they must change it, the rules in Chinese, and the change
 * itself (the page {@code /account/password.html} uses both). The change is the engine's own
 * {@code saveUser} as the caller, so the password policy and Camunda's hashing apply, and it ends
 * the requirement to change ({@link PasswordChangeTrackingIdentityProvider}).
 */
@RestController
@RequestMapping("/api/account/password")
@Tag(name = "账号密码", description = "当前用户修改自己的密码")
public class AccountPasswordController {

    private static final Logger log = LoggerFactory.getLogger(AccountPasswordController.class);

    private final IdentityService identity;
    private final PasswordChangeRepository requirements;
    private final PasswordRules rules;

    public AccountPasswordController(IdentityService identity, PasswordChangeRepository requirements,
                                     PasswordPolicyPlugin policy) {
        this.identity = identity;
        this.requirements = requirements;
        this.rules = policy.rules();
    }

    public record PasswordState(String userId, boolean changeRequired, String reason, List<String> rules) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @GetMapping
    @Operation(summary = "当前用户是否须修改密码，以及密码规则")
    public PasswordState state() {
        String userId = identity.getCurrentAuthentication().getUserId();
        var requirement = requirements.find(userId);
        String reason = requirement.map(r -> r.reason() == PasswordChangeRepository.Reason.CREATED
                ? "您的账号由管理员新建，初始密码须修改后才能使用系统。"
                : "您的密码已由管理员重置，须修改后才能使用系统。").orElse(null);
        List<String> explained = rules.getRules().stream().map(rule -> ((PasswordRules.Rule) rule).explanation()).toList();
        return new PasswordState(userId, requirement.isPresent(), reason, explained);
    }

    @PostMapping
    @Operation(summary = "修改当前用户的密码", description = "须提供当前密码；新密码须符合密码策略且与当前密码不同。成功后答 204。")
    public ResponseEntity<Void> change(@RequestBody PasswordChange change) {
        String userId = identity.getCurrentAuthentication().getUserId();
        if (change.currentPassword() == null || change.currentPassword().isEmpty()) {
            throw new BadRequestException("CURRENT_PASSWORD_MISSING", "请填写当前密码。", "currentPassword");
        }
        if (change.newPassword() == null || change.newPassword().isEmpty()) {
            throw new BadRequestException("NEW_PASSWORD_MISSING", "请填写新密码。", "newPassword");
        }
        if (change.newPassword().equals(change.currentPassword())) {
            throw new BadRequestException("PASSWORD_UNCHANGED", "新密码不能与当前密码相同。", "newPassword");
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(change.newPassword(), user);
        if (!result.isValid()) {
            throw new BadRequestException("PASSWORD_POLICY", PasswordRules.refusal(result.getViolatedRules()), "newPassword");
        }
        // a failed check counts as a failed login: guessing through this form locks the account too
        if (!identity.checkPassword(userId, change.currentPassword())) {
            log.info("Password change of user {} refused: the current password is wrong", userId);
            throw new BadRequestException("CURRENT_PASSWORD_WRONG",
                    "当前密码不正确（连续多次输错将锁定账号，需由管理员解锁）。", "currentPassword");
        }
        user.setPassword(change.newPassword());
        identity.saveUser(user);
        log.info("User {} changed their password", userId);
        return ResponseEntity.noContent().build();
    }
}
