package app.tandem.insight.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.insight.EvidenceTarget;
import app.tandem.insight.InsightEvidence;
import app.tandem.insight.InsightView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evidence both ways over the API: the insights that prove a persona, user goal, journey stage or pain
 * point, and linking one insight to one of them. {@code kind} is {@code persona}, {@code user-goal},
 * {@code journey-stage} or {@code pain-point}.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}")
@Tag(name = "Evidence", description = "Which insights prove which persona, user goal, journey stage or pain point")
class EvidenceApiController {

    private static final String KINDS = "persona, user-goal, journey-stage or pain-point";

    private final InsightEvidence evidence;

    EvidenceApiController(InsightEvidence evidence) {
        this.evidence = evidence;
    }

    /** What proves a target: the number of insights, their total reach, and the strongest first. */
    record EvidenceResponse(
            String kind, long targetId, String label, long count, long totalReach, List<InsightView> insights) {}

    @GetMapping("/evidence/{kind}/{targetId}")
    @Operation(
            summary = "The insights that prove a persona, user goal, journey stage or pain point",
            description = "Strongest evidence first (measured, then patterns, then anecdotes; then by reach)."
                    + " count and totalReach cover every linked insight, not only those listed.")
    EvidenceResponse evidenceFor(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Parameter(description = KINDS) @PathVariable String kind,
            @PathVariable long targetId,
            @Parameter(description = "How many insights to list, 0 to " + InsightEvidence.MAX_SHOWN)
                    @RequestParam(defaultValue = "10")
                    int limit) {
        EvidenceTarget target = new EvidenceTarget(EvidenceTarget.Kind.ofSegment(kind, "kind"), targetId);
        InsightEvidence.Evidence found = evidence.of(slug, me.id(), target, limit);
        return new EvidenceResponse(
                target.kind().segment(),
                targetId,
                found.target().label(),
                found.count(),
                found.totalReach(),
                found.strongest());
    }

    @PutMapping("/insights/{id}/evidence/{kind}/{targetId}")
    @Operation(summary = "Link an insight to a persona, user goal, journey stage or pain point it proves")
    InsightView link(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Parameter(description = KINDS) @PathVariable String kind,
            @PathVariable long targetId) {
        return evidence.link(
                slug, me.id(), id, new EvidenceTarget(EvidenceTarget.Kind.ofSegment(kind, "kind"), targetId));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/insights/{id}/evidence/{kind}/{targetId}")
    @Operation(
            summary = "Unlink an insight from a persona, user goal, journey stage or pain point",
            description = "Unlinking what is not linked changes nothing; a target not of this workspace is refused as"
                    + " linking it is (400 naming personaIds, userGoalIds, journeyStageIds or painPointIds).")
    ResponseEntity<Void> unlink(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Parameter(description = KINDS) @PathVariable String kind,
            @PathVariable long targetId) {
        evidence.unlink(slug, me.id(), id, new EvidenceTarget(EvidenceTarget.Kind.ofSegment(kind, "kind"), targetId));
        return ResponseEntity.noContent().build();
    }
}
