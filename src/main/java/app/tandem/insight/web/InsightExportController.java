package app.tandem.insight.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.insight.InsightExports;
import app.tandem.insight.InsightSearch;
import app.tandem.insight.SourceType;
import app.tandem.support.export.ExportFormat;
import app.tandem.support.export.Exports;
import app.tandem.workspace.WorkspaceContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every insight of a workspace as a CSV or JSON download, from the API and from the list page's
 * link (the same handler: a member or a viewer may export; anyone else gets 404).
 */
@RestController
@Tag(name = "Insights")
class InsightExportController {

    private final InsightExports exports;

    InsightExportController(InsightExports exports) {
        this.exports = exports;
    }

    @GetMapping({"/api/v1/workspaces/{slug}/insights/export", "/w/{slug}/insights/export"})
    @Operation(
            summary = "The insights as CSV (UTF-8 with a byte order mark) or as a JSON array, streamed: every insight,"
                    + " or what a search finds",
            description = "With no words and no filter, every insight of the workspace, oldest id first. With any of"
                    + " the search's words and filters (the same as GET .../insights), what it finds, in its order"
                    + " (relevance with words, newest first without), at most 100,000: a search that finds more"
                    + " is answered 400 naming q, before anything is written.")
    void export(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable SourceType sourceType,
            @RequestParam(required = false) @Nullable Long team,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable Long persona,
            @RequestParam(required = false) @Nullable Long userGoal,
            @RequestParam(required = false) @Nullable Long journeyStage,
            @RequestParam(required = false) @Nullable Long painPoint,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Integer sentiment,
            HttpServletResponse response)
            throws IOException {
        ExportFormat as = ExportFormat.of(format);
        WorkspaceContext context = exports.access(slug, me.id());
        InsightSearch search = new InsightSearch(
                q, sourceType, team, tag, persona, userGoal, journeyStage, painPoint, from, to, sentiment);
        if (!search.narrowed()) {
            Exports.download(
                    response,
                    context.slug(),
                    "insights",
                    as,
                    InsightExports.COLUMNS,
                    writer -> exports.write(context, writer));
            return;
        }
        List<Long> found = exports.found(context, search);
        Exports.download(
                response,
                context.slug(),
                "insights-found",
                as,
                InsightExports.COLUMNS,
                writer -> exports.write(context, found, writer));
    }
}
