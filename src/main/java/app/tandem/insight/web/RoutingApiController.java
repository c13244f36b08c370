package app.tandem.insight.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.insight.SourceType;
import app.tandem.insight.routing.RouteStatus;
import app.tandem.insight.routing.RouteView;
import app.tandem.insight.routing.Routing;
import app.tandem.insight.routing.RoutingRule;
import app.tandem.insight.routing.RuleView;
import app.tandem.support.PageResponse;
import app.tandem.support.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{slug}")
@Tag(name = "Insight routing", description = "Rules, team inboxes, routing by hand, acknowledging and closing")
class RoutingApiController {

    private final Routing routing;
    private final Paging paging;

    RoutingApiController(Routing routing, Paging paging) {
        this.routing = routing;
        this.paging = paging;
    }

    record RouteRequest(
            @NotNull Long team,
            @Size(max = Routing.MAX_NOTE) @Nullable String note) {}

    /**
     * What the team did (may be blank when an initiative is named) and, optionally, the initiative
     * that acts on the insight.
     */
    record CloseRequest(
            @Size(max = Routing.MAX_OUTCOME) @Nullable String outcome,
            @Nullable Long initiativeId) {}

    record RuleRequest(
            @NotNull Long team,
            @Nullable SourceType sourceType,
            @Size(max = 60) @Nullable String tag,
            @Nullable Long personaId,
            @Nullable Long userGoalId,
            @Nullable Long journeyStageId,
            @Size(max = RoutingRule.MAX_WORDS) @Nullable String words) {}

    @GetMapping("/teams/{team}/inbox")
    @Operation(
            summary = "A team's inbox of routed insights, newest first (status NEW, ACKNOWLEDGED or CLOSED to filter)")
    PageResponse<RouteView> inbox(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long team,
            @RequestParam(required = false) @Nullable RouteStatus status,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(
                routing.inbox(slug, me.id(), team, status, paging.of(page, size, Sort.unsorted())), r -> r);
    }

    @GetMapping("/insights/{id}/routes")
    @Operation(summary = "The teams an insight was routed to, and where each stands")
    List<RouteView> routes(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long id) {
        return routing.routesOf(slug, me.id(), id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/insights/{id}/routes")
    @Operation(summary = "Route an insight to a team by hand, with a short note")
    ResponseEntity<RouteView> route(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @RequestBody RouteRequest request) {
        RouteView route = routing.routeByHand(slug, me.id(), id, request.team(), request.note());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/teams/" + request.team() + "/inbox"))
                .body(route);
    }

    @PostMapping("/insights/{id}/routes/{team}/acknowledge")
    @Operation(summary = "The team acknowledges an insight in its inbox")
    RouteView acknowledge(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long team) {
        return routing.acknowledge(slug, me.id(), id, team);
    }

    @PostMapping("/insights/{id}/routes/{team}/close")
    @Operation(
            summary = "The team closes an insight with what it did and, optionally, the initiative that acts on it",
            description = "With initiativeId (one of the workspace's initiatives, not dropped; 404 naming"
                    + " initiativeId otherwise, and nothing changes) the insight is linked as backing the"
                    + " initiative and the outcome names it; the outcome may then be blank.")
    RouteView close(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long team,
            @Valid @RequestBody CloseRequest request) {
        return routing.close(slug, me.id(), id, team, request.outcome(), request.initiativeId());
    }

    @GetMapping("/routing-rules")
    @Operation(summary = "The routing rules of every team (at most 200 in a workspace)")
    List<RuleView> rules(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug) {
        return routing.rules(slug, me.id());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/routing-rules")
    @Operation(
            summary = "Add a routing rule: new insights matching all its criteria go to the team's inbox",
            description =
                    "409 when the team has a rule with the same criteria already, or the workspace has 200" + " rules.")
    ResponseEntity<RuleView> addRule(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @RequestBody RuleRequest request) {
        RuleView rule = routing.addRule(
                slug,
                me.id(),
                request.team(),
                new RoutingRule.RuleCriteria(
                        request.sourceType(),
                        request.tag(),
                        request.personaId(),
                        request.userGoalId(),
                        request.journeyStageId(),
                        request.words()));
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/routing-rules/" + rule.id()))
                .body(rule);
    }

    @GetMapping("/routing-rules/{id}")
    @Operation(summary = "One routing rule")
    RuleView rule(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long id) {
        return routing.rule(slug, me.id(), id);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/routing-rules/{id}")
    @Operation(summary = "Delete a routing rule")
    ResponseEntity<Void> deleteRule(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long id) {
        routing.deleteRule(slug, me.id(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/routing-flow")
    @Operation(
            summary =
                    "Per team: insights waiting, acknowledged, closed, and the median time from routing to acknowledgement")
    List<Routing.TeamFlow> flow(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug) {
        return routing.flow(slug, me.id());
    }
}
