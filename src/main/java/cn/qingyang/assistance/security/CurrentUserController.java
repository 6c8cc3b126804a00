package cn.qingyang.assistance.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, with the teams and townships they act for (pages and forms use it). */
@RestController
@RequestMapping("/api/me")
public class CurrentUserController {

    private final IdentityService identity;

    public CurrentUserController(IdentityService identity) {
        this.identity = identity;
    }

    public record Named(String id, String name) {
    }

    public record Me(String id, String name, List<Named> groups, List<Named> tenants) {
    }

    @GetMapping
    public Me me() {
        Authentication authentication = identity.getCurrentAuthentication();
        String userId = authentication.getUserId();
        User user = identity.createUserQuery().userId(userId).singleResult();
        String name = user == null ? userId : (user.getFirstName() + " " + user.getLastName()).trim();
        List<Named> groups = identity.createGroupQuery().groupMember(userId).orderByGroupId().asc().list().stream()
                .map(g -> new Named(g.getId(), g.getName())).toList();
        List<String> tenantIds = authentication.getTenantIds();
        List<Named> tenants = tenantIds == null || tenantIds.isEmpty() ? List.of()
                : identity.createTenantQuery().tenantIdIn(tenantIds.toArray(String[]::new)).orderByTenantId().asc().list()
                        .stream().map(t -> new Named(t.getId(), t.getName())).toList();
        return new Me(userId, name, groups, tenants);
    }
}
