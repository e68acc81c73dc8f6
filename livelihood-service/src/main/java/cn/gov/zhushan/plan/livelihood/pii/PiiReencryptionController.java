package cn.gov.zhushan.plan.livelihood.pii;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Starts the move of all personal data to the active key (202, runs in the background) and reports progress.
 * Under a {@code pii} path: {@code livelihood:pii} plus write to start, read to watch, and the operator and
 * purpose are named as for any personal-data request.
 */
@RestController
@RequestMapping("/api/v1/livelihood/pii/reencryption")
class PiiReencryptionController {

    private final PiiReencryptionJob job;

    PiiReencryptionController(PiiReencryptionJob job) {
        this.job = job;
    }

    @PostMapping
    ResponseEntity<PiiReencryptionJob.Status> start(HttpServletRequest request) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/livelihood/pii/reencryption"))
                .body(job.start(PersonalDataAccess.of(request)));
    }

    @GetMapping
    PiiReencryptionJob.Status status() {
        return job.status();
    }
}
