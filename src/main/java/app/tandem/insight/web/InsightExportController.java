package app.tandem.insight.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.insight.InsightExports;
import app.tandem.support.export.ExportFormat;
import app.tandem.support.export.Exports;
import app.tandem.workspace.WorkspaceContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
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
    @Operation(summary = "Every insight as CSV (UTF-8 with a byte order mark) or as a JSON array, streamed")
    void export(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String format,
            HttpServletResponse response)
            throws IOException {
        ExportFormat as = ExportFormat.of(format);
        WorkspaceContext context = exports.access(slug, me.id());
        Exports.download(
                response,
                context.slug(),
                "insights",
                as,
                InsightExports.COLUMNS,
                writer -> exports.write(context, writer));
    }
}
