package app.tandem.insight.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.insight.SourceType;
import app.tandem.insight.importing.ImportDates;
import app.tandem.insight.importing.ImportFiles;
import app.tandem.insight.importing.ImportFormat;
import app.tandem.insight.importing.ImportProgress;
import app.tandem.insight.importing.InsightImport;
import app.tandem.support.ImportMode;
import app.tandem.support.Problems;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/workspaces/{slug}/insights/import")
@Tag(name = "Insight import", description = "Import insights from CSV or JSON exports")
class ImportApiController {

    private final InsightImport importer;
    private final ImportFiles files;

    private final Workspaces workspaces;

    ImportApiController(InsightImport importer, ImportFiles files, Workspaces workspaces) {
        this.importer = importer;
        this.files = files;
        this.workspaces = workspaces;
    }

    @PostMapping(
            consumes = {"text/csv", MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE, "application/x-ndjson"
            })
    @Operation(
            summary =
                    "Import insights from the request body: CSV with a header row (text/csv) or JSON (application/json: a list of"
                            + " records, an object holding one such as Zendesk's {\"tickets\": [...]}, or JSON Lines, also as"
                            + " application/x-ndjson); a row without a title is titled with its text's start. "
                            + "Optional: mode=all-or-nothing (default) or good-rows, sourceType and team (defaults for rows without them), "
                            + "and a mapping as map.<field>=<column>, e.g. map.title=subject; without one, common column names are recognised. "
                            + "dateFormat says how the dates are written (" + ImportDates.SPELLINGS
                            + "); the answer's dates says how they were read. "
                            + "A CSV's separator (comma, semicolon or tab) is taken from its header; a byte order mark is left out.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        array = @ArraySchema(schema = @Schema(type = "object"))),
                                @Content(
                                        mediaType = MediaType.TEXT_PLAIN_VALUE,
                                        schema =
                                                @Schema(
                                                        type = "string",
                                                        description = "CSV, or JSON when its text starts with [ or {")),
                                @Content(
                                        mediaType = "application/x-ndjson",
                                        schema = @Schema(type = "string", description = "JSON Lines: an object a line"))
                            }))
    @ApiResponse(
            responseCode = "200",
            description = "What was imported",
            content = @Content(schema = @Schema(implementation = InsightImport.Report.class)))
    ResponseEntity<?> importBody(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            HttpServletRequest request,
            @Parameter(description = ImportMode.SPELLINGS) @RequestParam(required = false) @Nullable String mode,
            @RequestParam(required = false) @Nullable SourceType sourceType,
            @RequestParam(required = false) @Nullable Long team,
            @Parameter(description = ImportDates.SPELLINGS) @RequestParam(required = false) @Nullable String dateFormat,
            @Parameter(hidden = true) @RequestParam Map<String, String> params)
            throws IOException {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id()); // before a byte of the body is read
        ImportMode importMode = ImportMode.parse(mode);
        ImportDates.Format dates = ImportDates.format(dateFormat);
        ImportFormat format = ImportFormat.of(String.valueOf(request.getContentType()));
        try (InputStream body = request.getInputStream()) {
            return run(
                    me,
                    workspace,
                    files.store(body, format, workspace.id(), me.id()),
                    importMode,
                    new InsightImport.Defaults(sourceType, team, dates),
                    params);
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Import insights from an uploaded file (field 'file', .csv or .json); same options as the body import")
    @ApiResponse(
            responseCode = "200",
            description = "What was imported",
            content = @Content(schema = @Schema(implementation = InsightImport.Report.class)))
    ResponseEntity<?> importFile(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam("file") MultipartFile file,
            @Parameter(description = ImportMode.SPELLINGS) @RequestParam(required = false) @Nullable String mode,
            @RequestParam(required = false) @Nullable SourceType sourceType,
            @RequestParam(required = false) @Nullable Long team,
            @Parameter(description = ImportDates.SPELLINGS) @RequestParam(required = false) @Nullable String dateFormat,
            @Parameter(hidden = true) @RequestParam Map<String, String> params)
            throws IOException {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        ImportMode importMode = ImportMode.parse(mode);
        ImportDates.Format dates = ImportDates.format(dateFormat);
        ImportFormat format = ImportFormat.of(String.valueOf(file.getOriginalFilename()));
        try (InputStream body = file.getInputStream()) {
            return run(
                    me,
                    workspace,
                    files.store(body, format, workspace.id(), me.id()),
                    importMode,
                    new InsightImport.Defaults(sourceType, team, dates),
                    params);
        }
    }

    private ResponseEntity<?> run(
            TandemPrincipal me,
            WorkspaceContext workspace,
            String id,
            ImportMode mode,
            InsightImport.Defaults defaults,
            Map<String, String> params) {
        try {
            Map<String, String> mapping = new LinkedHashMap<>();
            params.forEach((k, v) -> {
                if (k.startsWith("map.")) {
                    mapping.put(k.substring(4), v);
                }
            });
            InsightImport.Report report = importer.run(
                    workspace.slug(),
                    me.id(),
                    files.path(id, workspace.id(), me.id()),
                    ImportFiles.format(id),
                    mapping,
                    defaults,
                    mode,
                    ImportProgress.NONE);
            if (!report.applied()) {
                ProblemDetail problem = Problems.of(
                        400,
                        "import-rows-invalid",
                        "Invalid request",
                        report.badRows() + " of " + report.rows() + " rows are wrong; nothing was imported. Fix them"
                                + (report.badRows() == report.rows()
                                        ? "."
                                        : ", or import the good rows with mode=good-rows."));
                problem.setProperty("errors", report.errors());
                problem.setProperty("rows", report.rows());
                problem.setProperty("badRows", report.badRows());
                problem.setProperty("dates", report.dates());
                problem.setProperty("text", report.text());
                problem.setProperty("columnsNotRead", report.columnsNotRead());
                return ResponseEntity.badRequest()
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(problem);
            }
            return ResponseEntity.ok(report);
        } finally {
            files.delete(id, workspace.id(), me.id());
        }
    }
}
