package cn.qingyang.assistance.organisation;

import cn.qingyang.assistance.common.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The county's townships and villages, for forms and pages (select lists). */
@RestController
@RequestMapping("/api/org-units")
@Tag(name = "组织机构", description = "本县乡镇和村（社区），供表单下拉选择")
class OrganisationController {

    static final String TOWNSHIPS_EXAMPLE = """
            [{"code": "341723100", "name": "蓉城镇", "level": "TOWNSHIP", "parentCode": "341723"},
             {"code": "341723200", "name": "乔木乡", "level": "TOWNSHIP", "parentCode": "341723"}]""";

    private final OrgUnitRepository repository;

    public OrganisationController(OrgUnitRepository repository) {
        this.repository = repository;
    }

    /** {@code ?level=township}, or {@code ?parent=341723200} for a township's villages. */
    @GetMapping
    @Operation(summary = "组织机构列表", description = "不带参数或 level=township：全县乡镇；level=village：全县村（社区）；"
            + "parent=乡镇编码：该乡镇的村（社区）。只列在用的单位。")
    @ApiResponse(responseCode = "200", description = "组织机构",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = OrgUnit.class)),
                    examples = @ExampleObject(name = "乡镇", value = TOWNSHIPS_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "级别无效",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class),
                    examples = @ExampleObject(name = "级别无效",
                            value = "{\"error\": {\"code\": \"INVALID_LEVEL\", \"message\": \"级别“town”无效，应为 county、township 或 village。\", \"field\": \"level\"}}")))
    @ApiResponse(responseCode = "401", description = "未登录", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiError.class)))
    public ResponseEntity<?> list(@Parameter(description = "级别：county、township 或 village", example = "township")
                                  @RequestParam(required = false) String level,
                                  @Parameter(description = "上级单位编码（乡镇编码时列其村、社区）", example = "341723200")
                                  @RequestParam(required = false) String parent) {
        if (parent != null) {
            return ResponseEntity.ok(repository.findActiveChildren(parent));
        }
        if (level == null) {
            return ResponseEntity.ok(repository.findActive(OrgLevel.TOWNSHIP));
        }
        return OrgLevel.fromCode(level)
                .<ResponseEntity<?>>map(l -> ResponseEntity.ok(repository.findActive(l)))
                .orElseGet(() -> ResponseEntity.badRequest().body(ApiError.of("INVALID_LEVEL",
                        "级别“" + level + "”无效，应为 county、township 或 village。", "level")));
    }

}
