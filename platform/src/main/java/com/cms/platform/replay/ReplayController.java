package com.cms.platform.replay;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /admin/replay} rebuilds this service's read models; {@code GET /admin/replay} follows it. */
@RestController
public class ReplayController {

    private final ReadModelReplay replay;

    public ReplayController(ReadModelReplay replay) {
        this.replay = replay;
    }

    @PostMapping("/admin/replay")
    ResponseEntity<?> start() {
        if (!replay.start()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "a replay is already running; follow it at /admin/replay");
            problem.setTitle("Replay running");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.accepted().location(URI.create("/admin/replay")).body(replay.status());
    }

    @GetMapping("/admin/replay")
    ReplayStatus status() {
        return replay.status();
    }
}
