package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.security.CallerScope;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/reports}: one entry point for reports from every channel. */
@RestController
@RequestMapping("/api/reports")
public class ReportController {

    private final RegistrationService registration;
    private final IdentityService identity;

    public ReportController(RegistrationService registration, IdentityService identity) {
        this.registration = registration;
        this.identity = identity;
    }

    /** 201 OPENED for a new case, 200 ATTACHED to the person's open case (or the first answer again). */
    @PostMapping
    public ResponseEntity<RegistrationResult> report(@RequestBody(required = false) ReportRequest request) {
        RegistrationResult result = registration.register(request, CallerScope.current(identity));
        HttpStatus status = result.result() == RegistrationResult.Result.OPENED && !result.repeated()
                ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(result);
    }
}
