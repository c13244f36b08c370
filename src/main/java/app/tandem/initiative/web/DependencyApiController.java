package app.tandem.initiative.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.initiative.Dependencies;
import app.tandem.initiative.DependencyInput;
import app.tandem.initiative.DependencyKind;
import app.tandem.initiative.DependencyView;
import app.tandem.initiative.Initiatives;
import app.tandem.support.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An initiative's dependencies over the REST API: what it needs from others, and what others need from it. */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/initiatives/{initiativeId}/dependencies")
@Tag(name = "Initiative dependencies", description = "Typed hand-offs between initiatives, with why they are at risk")
class DependencyApiController {

    private final Initiatives initiatives;

    DependencyApiController(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    @Schema(description = "The initiative in the path needs something of a kind from the provider, by a day")
    record DependencyRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "an initiative of the same workspace")
            @Nullable Long providerId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable DependencyKind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the day the hand-off is due") @Nullable LocalDate handoffDue) {}

    @GetMapping
    @Operation(
            summary = "List an initiative's dependencies both ways, with why each is at risk",
            description = "needs: what it needs from others; neededBy: what others need from it. An open dependency"
                    + " is at risk when the hand-off is due after the dependant starts, or the provider is past its"
                    + " due date and not done, dropped, or due after the dependant starts.")
    Dependencies list(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long initiativeId) {
        return initiatives.dependencies(slug, me.id(), initiativeId);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(
            summary = "Add what the initiative needs from another one",
            description = "400 names the field (a provider of another workspace, the initiative itself); 409 when"
                    + " the same need exists or when it would close a cycle: cycle lists the initiatives in order.")
    ResponseEntity<DependencyView> add(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @RequestBody DependencyRequest request) {
        DependencyView dependency = initiatives.addDependency(
                slug,
                me.id(),
                initiativeId,
                new DependencyInput(request.providerId(), request.kind(), request.handoffDue()));
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/initiatives/" + initiativeId
                        + "/dependencies/" + dependency.id()))
                .body(dependency);
    }

    @GetMapping("/{dependencyId}")
    @Operation(summary = "One dependency of the initiative, either way (the address a new one is given)")
    DependencyView get(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long dependencyId) {
        return initiatives.dependency(slug, me.id(), initiativeId, dependencyId);
    }

    @PostMapping("/{dependencyId}/delivered")
    @Operation(summary = "Mark the hand-off delivered (409 when it already is)")
    DependencyView delivered(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long dependencyId) {
        return initiatives.markDelivered(slug, me.id(), initiativeId, dependencyId);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{dependencyId}")
    @Operation(summary = "Remove a dependency", description = IfMatch.DELETE_DOC)
    ResponseEntity<Void> remove(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long dependencyId,
            @Parameter(description = IfMatch.DELETE_HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch) {
        initiatives.removeDependency(slug, me.id(), initiativeId, dependencyId, IfMatch.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
