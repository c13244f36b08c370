package app.tandem.journey;

import app.tandem.identity.TandemPrincipal;
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

/** Every stage of every journey of a workspace, one row each, as a CSV or JSON download, from the API and from the page's link. */
@RestController
@Tag(name = "Journey maps")
class JourneyStageExportController {

    private final JourneyStageExports exports;

    JourneyStageExportController(JourneyStageExports exports) {
        this.exports = exports;
    }

    @GetMapping({"/api/v1/workspaces/{slug}/journeys/export", "/w/{slug}/journeys/export"})
    @Operation(
            summary =
                    "Every stage of every journey of a workspace, one row each, as CSV (UTF-8 with a byte order mark) or as a JSON array, streamed")
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
                "journeys",
                as,
                JourneyStageExports.COLUMNS,
                writer -> exports.write(context, writer));
    }
}
