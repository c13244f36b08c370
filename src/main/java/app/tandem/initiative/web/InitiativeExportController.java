package app.tandem.initiative.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.initiative.InitiativeExports;
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

/** Every initiative of a workspace as a CSV or JSON download, from the API and from the list page. */
@RestController
@Tag(name = "Initiatives")
class InitiativeExportController {

    private final InitiativeExports exports;

    InitiativeExportController(InitiativeExports exports) {
        this.exports = exports;
    }

    @GetMapping({"/api/v1/workspaces/{slug}/initiatives/export", "/w/{slug}/initiatives/export"})
    @Operation(summary = "Every initiative as CSV (UTF-8 with a byte order mark) or as a JSON array, streamed")
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
                "initiatives",
                as,
                InitiativeExports.COLUMNS,
                writer -> exports.write(context, writer));
    }
}
