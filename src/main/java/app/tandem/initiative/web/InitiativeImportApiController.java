package app.tandem.initiative.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.initiative.InitiativeImport;
import app.tandem.support.CsvImportReport;
import app.tandem.support.CsvUploads;
import app.tandem.support.ImportMode;
import app.tandem.support.UploadPath;
import app.tandem.support.UploadedText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Initiatives proposed from a CSV export ({@link InitiativeImport}), as a body or an uploaded file. */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/initiatives/import")
@Tag(name = "Initiatives")
class InitiativeImportApiController {

    private static final String RULES =
            "First line: the columns. Needed: title, kind (feature, campaign, infrastructure,"
                    + " content, research, monetisation, other), team (the proposing team's name or id), start and due"
                    + " (YYYY-MM-DD, DD.MM.YYYY or YYYYMMDD). As wanted: description, owner (a member's email, or the name of one member alone, as a tracker's Assignee column gives it; empty: the person importing),"
                    + " confidence (low, medium, high), effort (Design: 2; IT: 3.5 in person-weeks) and needs web form (yes or"
                    + " no); other columns are left out. A"
                    + " comma, semicolon or tab separates, as the first line shows. At most 5,000 rows. By default nothing is"
                    + " saved unless every row is good: wrong rows answer 400 with errors [{line, field, message, row}]. With"
                    + " ?mode=good-rows the good rows are proposed and the wrong ones reported. A tracker's export"
                    + " (Jira, Asana, Linear) has no kind or team: ?kind=feature&team=Design gives them to every row"
                    + " without one, and the file then needs no such column.";

    private static final String KIND = "The kind of the rows without one (feature, campaign, infrastructure, content,"
            + " research, monetisation or other); with it the file needs no kind column";

    private static final String TEAM =
            "The proposing team (its name or id) of the rows without one; with it the file needs no team column";

    /** The import takes bodies up to {@code tandem.http.max-upload}. */
    @Bean
    static UploadPath initiativeImportApi() {
        return new UploadPath("/api/v1/workspaces/*/initiatives/import");
    }

    private final InitiativeImport importer;

    InitiativeImportApiController(InitiativeImport importer) {
        this.importer = importer;
    }

    @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(
            summary = "Propose initiatives from CSV sent as the body",
            description = RULES,
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @ApiResponse(
            responseCode = "200",
            description = "What was imported",
            content = @Content(schema = @Schema(implementation = CsvImportReport.class)))
    ResponseEntity<?> importInitiatives(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Parameter(description = ImportMode.SPELLINGS) @RequestParam(required = false) @Nullable String mode,
            @Parameter(description = KIND) @RequestParam(required = false) @Nullable String kind,
            @Parameter(description = TEAM) @RequestParam(required = false) @Nullable String team,
            HttpServletRequest request)
            throws IOException {
        // who may import, and the kind and team chosen, are checked before the body is read
        InitiativeImport.Defaults defaults = new InitiativeImport.Defaults(kind, team);
        importer.checkDefaults(slug, me.id(), defaults);
        Reader csv = CsvUploads.body(request);
        return answer(importer.importCsv(slug, me.id(), csv, ImportMode.parse(mode), defaults));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Propose initiatives from an uploaded CSV file (form field 'file')", description = RULES)
    @ApiResponse(
            responseCode = "200",
            description = "What was imported",
            content = @Content(schema = @Schema(implementation = CsvImportReport.class)))
    ResponseEntity<?> importInitiativesFile(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Parameter(description = ImportMode.SPELLINGS) @RequestParam(required = false) @Nullable String mode,
            @Parameter(description = KIND) @RequestParam(required = false) @Nullable String kind,
            @Parameter(description = TEAM) @RequestParam(required = false) @Nullable String team,
            @RequestPart("file") MultipartFile file)
            throws IOException {
        InitiativeImport.Defaults defaults = new InitiativeImport.Defaults(kind, team);
        importer.checkDefaults(slug, me.id(), defaults);
        try (Reader csv = UploadedText.reader(file.getInputStream())) {
            return answer(importer.importCsv(slug, me.id(), csv, ImportMode.parse(mode), defaults));
        }
    }

    private static ResponseEntity<?> answer(CsvImportReport report) {
        return CsvUploads.answer(report, report.rejected(), report.errors(), report.anyGood());
    }
}
