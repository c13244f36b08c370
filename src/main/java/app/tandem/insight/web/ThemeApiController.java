package app.tandem.insight.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.insight.InsightView;
import app.tandem.insight.theme.Theme;
import app.tandem.insight.theme.ThemeView;
import app.tandem.insight.theme.Themes;
import app.tandem.support.IfMatch;
import app.tandem.support.PageResponse;
import app.tandem.support.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{slug}/themes")
@Tag(name = "Insight themes", description = "Similar insights grouped into themes; rename, merge, split")
class ThemeApiController {

    private final Themes themes;
    private final Paging paging;

    ThemeApiController(Themes themes, Paging paging) {
        this.themes = themes;
        this.paging = paging;
    }

    @Schema(name = "ThemeRenameRequest")
    record RenameRequest(
            @NotBlank @Size(max = Theme.MAX_NAME) String name,

            @Schema(description = "the theme's version: " + IfMatch.VERSION_DOC) @Nullable Long version) {}

    record MergeRequest(@NotNull Long themeId) {}

    record SplitRequest(
            @NotBlank @Size(max = Theme.MAX_NAME) String name,
            @NotEmpty List<Long> insightIds) {}

    record AddRequest(@NotEmpty List<Long> insightIds) {}

    /** A theme with one page of its insights, the widest reach first. */
    record ThemeResponse(
            long id,
            String name,
            long insightCount,
            long totalReach,
            Instant createdAt,
            Instant updatedAt,
            long version,
            PageResponse<InsightView> insights) {}

    @GetMapping
    @Operation(
            summary =
                    "The workspace's themes, the widest total reach first, each with its number of insights and their total reach")
    PageResponse<ThemeView> list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(themes.list(slug, me.id(), paging.of(page, size, Sort.unsorted())), t -> t);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A theme with its insights (paged), the widest reach first")
    ThemeResponse get(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        ThemeView theme = themes.get(slug, me.id(), id);
        PageResponse<InsightView> insights =
                PageResponse.of(themes.insightsOf(slug, me.id(), id, paging.of(page, size, Sort.unsorted())), i -> i);
        return new ThemeResponse(
                theme.id(),
                theme.name(),
                theme.insightCount(),
                theme.totalReach(),
                theme.createdAt(),
                theme.updatedAt(),
                theme.version(),
                insights);
    }

    @PostMapping("/discover")
    @Operation(
            summary =
                    "Group similar insights: insights not looked at yet (newest first, tandem.themes.max-per-run at most, or"
                            + " all of them with all=true) join a theme or form new ones; says how many were grouped and how"
                            + " many wait for the next run")
    Themes.Discovery discover(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Parameter(
                            description = "true: run after run until no insight waits (each run its own transaction;"
                                    + " the answer adds them up), as the page's button does")
                    @RequestParam(defaultValue = "false")
                    boolean all) {
        try {
            Themes.Discovery total = themes.discover(slug, me.id());
            Themes.Discovery run = total;
            while (all && run.examined() > 0 && run.remaining() > 0) {
                run = themes.discover(slug, me.id());
                total = new Themes.Discovery(
                        total.examined() + run.examined(),
                        total.grouped() + run.grouped(),
                        total.themesCreated() + run.themesCreated(),
                        total.themesJoined() + run.themesJoined(),
                        run.remaining(),
                        total.tookMillis() + run.tookMillis());
            }
            return total;
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
            throw new Themes.GroupingCollided();
        }
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Rename a theme, from the version it was read at",
            description = "The version moves on with a rename and with insights moved in or out (by people or by"
                    + " the grouping)." + IfMatch.EDIT_DOC)
    ThemeView rename(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Parameter(description = IfMatch.HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch,
            @Valid @RequestBody RenameRequest request) {
        return themes.rename(slug, me.id(), id, request.name(), IfMatch.version(request.version(), ifMatch));
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge another theme (themeId) into this one: its insights move here and it is deleted")
    ThemeView merge(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @RequestBody MergeRequest request) {
        return themes.merge(slug, me.id(), id, request.themeId());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/split")
    @Operation(
            summary =
                    "Split: the chosen insights of this theme move to a new theme with the given name (answers the new theme)")
    ResponseEntity<ThemeView> split(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @RequestBody SplitRequest request) {
        ThemeView created = themes.split(slug, me.id(), id, request.name(), request.insightIds());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/themes/" + created.id()))
                .body(created);
    }

    @PostMapping("/{id}/insights")
    @Operation(summary = "Put insights into this theme by hand (out of any other theme)")
    ThemeView add(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @RequestBody AddRequest request) {
        return themes.add(slug, me.id(), id, request.insightIds());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}/insights/{insightId}")
    @Operation(summary = "Take one insight out of this theme (the grouping will not put it back)")
    ResponseEntity<Void> remove(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long insightId) {
        themes.remove(slug, me.id(), id, insightId);
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a theme; its insights stay, in no theme", description = IfMatch.DELETE_DOC)
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Parameter(description = IfMatch.DELETE_HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch) {
        themes.delete(slug, me.id(), id, IfMatch.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
