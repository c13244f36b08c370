package app.tandem.workspace.web;

import app.tandem.identity.TandemPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me/work}: what needs the signed-in person, as the "My work" page shows it. */
@RestController
@Tag(name = "My work", description = "What needs the signed-in person, across their workspaces")
class MyWorkApiController {

    private final MyWork work;

    MyWorkApiController(MyWork work) {
        this.work = work;
    }

    @GetMapping("/api/v1/me/work")
    @Operation(
            summary = "What needs me",
            description =
                    "The signed-in person's open action items, reviews to give, insights routed to their teams and"
                            + " upcoming check-ins and sessions, across their workspaces: one section per kind, most urgent"
                            + " first, each with its count; at most `limit` items per section (1 to 100).")
    MyWork.Inbox api(
            @AuthenticationPrincipal TandemPrincipal me,
            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit) {
        return work.of(me.id(), limit);
    }
}
