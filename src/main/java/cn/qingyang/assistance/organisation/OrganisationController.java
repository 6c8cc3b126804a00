package cn.qingyang.assistance.organisation;

import cn.qingyang.assistance.common.ApiError;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The county's townships and villages, for forms and pages (select lists). */
@RestController
@RequestMapping("/api/org-units")
public class OrganisationController {

    private final OrgUnitRepository repository;

    public OrganisationController(OrgUnitRepository repository) {
        this.repository = repository;
    }

    /** {@code ?level=township}, or {@code ?parent=341723200} for a township's villages. */
    @GetMapping
    public ResponseEntity<?> list(@RequestParam(required = false) String level,
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
