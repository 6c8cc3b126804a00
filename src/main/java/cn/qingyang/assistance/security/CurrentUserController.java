package cn.qingyang.assistance.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "当前用户", description = "调用者本人、所在用户组和可办理的乡镇")
class CurrentUserController {

    static final String ME_EXAMPLE = """
            {"id": "qiaomu-leader", "name": "陈志强 乔木乡主动发现工作小组组长",
             "groups": [{"id": "township-341723200", "name": "乔木乡主动发现工作小组"},
                        {"id": "township-341723200-leader", "name": "乔木乡主动发现工作小组组长"}],
             "tenants": [{"id": "341723200", "name": "乔木乡"}]}""";

    private final IdentityService identity;

    public CurrentUserController(IdentityService identity) {
        this.identity = identity;
    }

    public record Named(String id, String name) {
    }

    public record Me(String id, String name, List<Named> groups, List<Named> tenants) {
    }

    @GetMapping
    @Operation(summary = "当前用户", description = "调用者的用户名、姓名、用户组和租户（乡镇），供页面和表单使用。")
    @ApiResponse(responseCode = "200", description = "当前用户",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Me.class),
                    examples = @ExampleObject(name = "乡镇组长", value = ME_EXAMPLE)))
    @ApiResponse(responseCode = "401", description = "未登录", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "未登录", value = "{\"error\": {\"code\": \"UNAUTHENTICATED\", \"message\": \"请先登录：使用任务办理（Tasklist）的登录会话，或以 HTTP Basic 方式提供用户名和密码。\"}}")))
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
