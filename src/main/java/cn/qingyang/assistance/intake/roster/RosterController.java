package cn.qingyang.assistance.intake.roster;

import cn.qingyang.assistance.common.ApiError;
import cn.qingyang.assistance.security.CallerScope;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Roster (花名册) upload:
 * <ul>
 *   <li>{@code POST /api/rosters} (multipart: {@code file}, optional {@code mode} all_or_nothing |
 *       valid_rows): 200 {@code {"imported", "duplicates", "errors": [{"row", "message"}]}};
 *       422 with the same body when all_or_nothing found bad rows (nothing imported); 202 with
 *       {@code Location: /api/rosters/imports/{id}} for more than 500 data rows; 400/413 for a
 *       file refused as a whole.</li>
 *   <li>{@code GET /api/rosters/imports/{id}}: a background import's progress and outcome.</li>
 *   <li>{@code GET /api/rosters/template.xlsx}: the template.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/rosters")
class RosterController {

    private final RosterImportService rosters;
    private final IdentityService identity;

    public RosterController(RosterImportService rosters, IdentityService identity) {
        this.rosters = rosters;
        this.identity = identity;
    }

    @PostMapping
    public ResponseEntity<?> upload(@RequestParam(name = "file", required = false) MultipartFile file,
                                    @RequestParam(name = "mode", required = false) String mode) throws IOException {
        byte[] content = file == null ? null : file.getBytes();
        var outcome = rosters.upload(content, file == null ? null : file.getOriginalFilename(), mode,
                CallerScope.current(identity), identity.getCurrentAuthentication());
        if (outcome.started() != null) {
            return ResponseEntity.accepted().location(URI.create("/api/rosters/imports/" + outcome.started().id()))
                    .body(outcome.started().started());
        }
        return ResponseEntity.status(outcome.result().refused() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK)
                .body(outcome.result());
    }

    @GetMapping("/imports/{id}")
    public RosterImportView status(@PathVariable String id) {
        return rosters.find(id, CallerScope.current(identity));
    }

    @GetMapping("/template.xlsx")
    public ResponseEntity<byte[]> template() {
        String encoded = URLEncoder.encode(RosterTemplate.FILE_NAME, StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(RosterTemplate.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"roster-template.xlsx\"; filename*=UTF-8''" + encoded)
                .body(RosterTemplate.bytes());
    }

}
