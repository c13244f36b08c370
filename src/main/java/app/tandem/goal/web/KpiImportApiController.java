package app.tandem.goal.web;

import app.tandem.goal.KpiImport;
import app.tandem.identity.TandemPrincipal;
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

/** KPIs defined from a CSV of metrics ({@link KpiImport}), as a body or an uploaded file. */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/kpis/import")
@Tag(name = "KPIs")
class KpiImportApiController {

    private static final String RULES = "First line: the columns. Needed: name, unit (percent, count, currency, score),"
            + " direction (higher is better, lower is better), baseline, baseline date, target, target date (dates"
            + " YYYY-MM-DD, DD.MM.YYYY or YYYYMMDD; numbers like 4.2 or 1,234.5, or 4,2 in a file separated by ;). As wanted: guardrail min, guardrail max, data source;"
            + " other columns are left out. A comma, semicolon or tab separates, as the first line shows. At most"
            + " 1,000 rows. A name the workspace has, or one above in the file, is a wrong row. By default nothing is"
            + " saved unless every row is good: wrong rows answer 400 with errors [{line, field, message, row}]. With"
            + " ?mode=good-rows the good rows are saved and the wrong ones reported.";

    /** The import takes bodies up to {@code tandem.http.max-upload}. */
    @Bean
    static UploadPath kpiImportApi() {
        return new UploadPath("/api/v1/workspaces/*/kpis/import");
    }

    private final KpiImport importer;

    KpiImportApiController(KpiImport importer) {
        this.importer = importer;
    }

    @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(
            summary = "Define KPIs from CSV sent as the body",
            description = RULES,
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @ApiResponse(
            responseCode = "200",
            description = "What was imported",
            content = @Content(schema = @Schema(implementation = CsvImportReport.class)))
    ResponseEntity<?> importKpis(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Parameter(description = ImportMode.SPELLINGS) @RequestParam(required = false) @Nullable String mode,
            HttpServletRequest request)
            throws IOException {
        // who may import is checked before the body is read
        importer.checkImport(slug, me.id());
        Reader csv = CsvUploads.body(request);
        return answer(importer.importCsv(slug, me.id(), csv, ImportMode.parse(mode)));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Define KPIs from an uploaded CSV file (form field 'file')", description = RULES)
    @ApiResponse(
            responseCode = "200",
            description = "What was imported",
            content = @Content(schema = @Schema(implementation = CsvImportReport.class)))
    ResponseEntity<?> importKpisFile(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Parameter(description = ImportMode.SPELLINGS) @RequestParam(required = false) @Nullable String mode,
            @RequestPart("file") MultipartFile file)
            throws IOException {
        try (Reader csv = UploadedText.reader(file.getInputStream())) {
            return answer(importer.importCsv(slug, me.id(), csv, ImportMode.parse(mode)));
        }
    }

    private static ResponseEntity<?> answer(CsvImportReport report) {
        return CsvUploads.answer(report, report.rejected(), report.errors(), report.anyGood());
    }
}
