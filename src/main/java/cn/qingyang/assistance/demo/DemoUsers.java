package cn.qingyang.assistance.demo;

import cn.qingyang.assistance.common.StartupOrder;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the demo users (demo profile only), keeps their password equal to the configured one,
 * and prints them as a table at start so that a visitor knows how to log in.
 */
@Component
@Profile("demo")
@Order(StartupOrder.DEMO_USERS)
public class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final DemoProperties properties;
    private final IdentityService identity;
    private final TransactionTemplate transaction;
    private final String adminId;

    public DemoUsers(DemoProperties properties, IdentityService identity, TransactionTemplate transaction,
                     CamundaBpmProperties camunda) {
        this.properties = properties;
        this.identity = identity;
        this.transaction = transaction;
        this.adminId = camunda.getAdminUser().getId();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.password() == null || properties.password().isBlank()) {
            throw new IllegalStateException("演示用户密码未配置：请设置 qingyang.demo.password（QINGYANG_DEMO_PASSWORD）。");
        }
        transaction.executeWithoutResult(status -> properties.users().forEach(this::ensure));
        log.info("\n{}", table());
    }

    private void ensure(DemoProperties.DemoUser demo) {
        User user = identity.createUserQuery().userId(demo.id()).singleResult();
        if (user == null) {
            user = identity.newUser(demo.id());
        }
        user.setFirstName(demo.name());
        user.setLastName(demo.role());
        user.setEmail(demo.id() + "@demo.qingyang.invalid");
        user.setPassword(properties.password());
        // Demo users keep the short shared password: saved without the password policy, which
        // every other account meets (demo profile only; IdentityServiceImpl is the engine's
        // service, whose saveUser(user, skipPasswordPolicy) the interface does not offer).
        ((IdentityServiceImpl) identity).saveUser(user, true);
        for (String groupId : demo.groups()) {
            Group group = identity.createGroupQuery().groupId(groupId).singleResult();
            if (group == null) {
                throw new IllegalStateException("演示用户 " + demo.id() + " 所属的用户组 " + groupId
                        + " 不存在：请检查组织机构文件与 qingyang.demo.users 配置。");
            }
            if (identity.createUserQuery().userId(demo.id()).memberOfGroup(groupId).count() == 0) {
                identity.createMembership(demo.id(), groupId);
            }
        }
    }

    String table() {
        List<String> lines = new ArrayList<>();
        lines.add("演示用户 / demo users (password: qingyang.demo.password)");
        lines.add(String.format("%-22s %-8s %-20s %s", "用户名", "姓名", "角色", "用户组"));
        for (DemoProperties.DemoUser u : properties.users()) {
            lines.add(String.format("%-22s %-8s %-20s %s", u.id(), u.name(), u.role(), String.join(", ", u.groups())));
        }
        if (adminId != null && !adminId.isBlank()) {
            lines.add(String.format("%-22s %-8s %-20s %s", adminId, "系统管理员", "管理员（camunda.bpm.admin-user）", "camunda-admin"));
        }
        return String.join("\n", lines);
    }
}
