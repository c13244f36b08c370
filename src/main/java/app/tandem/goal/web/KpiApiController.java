package app.tandem.goal.web;

import app.tandem.goal.Direction;
import app.tandem.goal.KpiInput;
import app.tandem.goal.KpiProperties;
import app.tandem.goal.KpiUnit;
import app.tandem.goal.KpiView;
import app.tandem.goal.Kpis;
import app.tandem.goal.MeasurementImport;
import app.tandem.goal.MeasurementInput;
import app.tandem.goal.MeasurementSource;
import app.tandem.goal.MeasurementView;
import app.tandem.identity.TandemPrincipal;
import app.tandem.support.CsvUploads;
import app.tandem.support.IfMatch;
import app.tandem.support.ImportMode;
import app.tandem.support.InvalidInput;
import app.tandem.support.PageResponse;
import app.tandem.support.Paging;
import app.tandem.support.Problems;
import app.tandem.support.UploadedText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/workspaces/{slug}/kpis")
@Tag(name = "KPIs", description = "KPIs shared by teams, their measurements and health")
class KpiApiController {

    private final Kpis kpis;
    private final Paging paging;
    private final KpiProperties properties;
    private final JsonMapper json;

    KpiApiController(Kpis kpis, Paging paging, KpiProperties properties, JsonMapper json) {
        this.kpis = kpis;
        this.paging = paging;
        this.properties = properties;
        this.json = json;
    }

    record KpiRequest(
            @NotBlank @Size(max = KpiInput.NAME_MAX) String name,
            @NotNull KpiUnit unit,
            @NotNull Direction direction,
            @NotNull Double baselineValue,
            @NotNull LocalDate baselineDate,
            @NotNull Double targetValue,
            @NotNull LocalDate targetDate,
            @Nullable Double guardrailMin,
            @Nullable Double guardrailMax,
            @Size(max = KpiInput.SOURCE_MAX) @Nullable String dataSource,
            @Nullable Set<Long> goalIds,
            @Nullable Set<Long> teamIds) {

        KpiInput input() {
            return new KpiInput(
                    name,
                    unit,
                    direction,
                    baselineValue,
                    baselineDate,
                    targetValue,
                    targetDate,
                    guardrailMin,
                    guardrailMax,
                    dataSource,
                    goalIds,
                    teamIds);
        }
    }

    @Schema(description = "A whole KPI, and the version it was read at (GET answers it)")
    record ReplaceKpiRequest(
            @NotBlank @Size(max = KpiInput.NAME_MAX) String name,
            @NotNull KpiUnit unit,
            @NotNull Direction direction,
            @NotNull Double baselineValue,
            @NotNull LocalDate baselineDate,
            @NotNull Double targetValue,
            @NotNull LocalDate targetDate,
            @Nullable Double guardrailMin,
            @Nullable Double guardrailMax,
            @Size(max = KpiInput.SOURCE_MAX) @Nullable String dataSource,
            @Nullable Set<Long> goalIds,
            @Nullable Set<Long> teamIds,

            @Schema(description = "the version the change was made on; 409 when the KPI changed since") @NotNull Long version) {

        KpiInput input() {
            return new KpiRequest(
                            name,
                            unit,
                            direction,
                            baselineValue,
                            baselineDate,
                            targetValue,
                            targetDate,
                            guardrailMin,
                            guardrailMax,
                            dataSource,
                            goalIds,
                            teamIds)
                    .input();
        }
    }

    /**
     * What POST .../measurements answers: how many were recorded, the KPI with its new health, and
     * the recorded values that look mistyped (saved all the same).
     */
    record Recorded(int recorded, KpiView kpi, List<Warning> warnings) {}

    /** A recorded value that looks mistyped, such as 150 on a percent KPI: its field and why. */
    record Warning(String field, String message) {}

    // ---- KPIs ---------------------------------------------------------------------------------

    @GetMapping
    @Operation(summary = "List the KPIs with their latest value and health, optionally for one goal or team")
    PageResponse<KpiView> list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Parameter(description = "a goal's id") @RequestParam(required = false) @Nullable Long goal,
            @Parameter(description = "a team's id or name") @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(kpis.list(slug, me.id(), goal, team, paging.of(page, size, Sort.unsorted())), k -> k);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Create a KPI")
    ResponseEntity<KpiView> create(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @RequestBody KpiRequest request) {
        KpiView kpi = kpis.create(slug, me.id(), request.input());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/kpis/" + kpi.id()))
                .body(kpi);
    }

    @GetMapping("/{kpiId}")
    @Operation(summary = "Get a KPI with its latest value and health, explained")
    KpiView get(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long kpiId) {
        return kpis.get(slug, me.id(), kpiId);
    }

    @PutMapping("/{kpiId}")
    @Operation(
            summary = "Replace a KPI's fields (its measurements stay), with the version it was read at",
            description = "409 concurrent-change (currentVersion, yourVersion) when it was changed since that version"
                    + " (a measurement that moves its health changes it too); nothing is saved.")
    KpiView update(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long kpiId,
            @Valid @RequestBody ReplaceKpiRequest request) {
        return kpis.update(slug, me.id(), kpiId, request.input(), request.version());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{kpiId}")
    @Operation(summary = "Delete a KPI and its measurements", description = IfMatch.DELETE_DOC)
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long kpiId,
            @Parameter(description = IfMatch.DELETE_HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch) {
        kpis.delete(slug, me.id(), kpiId, IfMatch.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    // ---- measurements -------------------------------------------------------------------------

    @GetMapping("/{kpiId}/measurements")
    @Operation(
            summary = "A KPI's measurements, oldest first, optionally from and to a day (inclusive), a page at a time")
    PageResponse<MeasurementView> measurements(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long kpiId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(
                kpis.measurements(slug, me.id(), kpiId, from, to, paging.of(page, size, Sort.unsorted())), m -> m);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{kpiId}/measurements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "Record one measurement {date, value, note} or many as an array; a day that has a value is revised",
            description = "At most tandem.kpi.max-measurements-per-request (10,000 by default) in one request: more"
                    + " are answered with 413 and saved not at all. A date after today is refused (400 naming the"
                    + " field, such as [2].date) unless tandem.kpi.allow-future-measurements is true. A percentage"
                    + " outside 0-100% is saved and listed in warnings [{field, message}].")
    // documented as an array, which generated clients send; one measurement alone, not in an array,
    // is taken too
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "the measurements, as an array (a single measurement object is accepted too)",
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(implementation = MeasurementInput.class))))
    ResponseEntity<Recorded> record(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long kpiId,
            InputStream body) {
        Measurements read = read(body, properties.maxMeasurementsPerRequest() + 1);
        List<MeasurementInput> values = read.values();
        KpiView kpi = kpis.record(slug, me.id(), kpiId, values, MeasurementSource.API, read.listed());
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Double value = values.get(i).value();
            String doubt = value == null ? null : kpi.doubt(value);
            if (doubt != null) {
                warnings.add(new Warning(read.listed() ? "[" + i + "].value" : "value", doubt));
            }
        }
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/kpis/" + kpiId + "/measurements"))
                .body(new Recorded(values.size(), kpi, warnings));
    }

    /**
     * Reads one measurement or an array of them, one element at a time and at most {@code atMost}
     * elements (one more than the limit, so the service can refuse the request), so an array of a
     * million values is neither read whole nor held in memory.
     */
    private Measurements read(InputStream body, int atMost) {
        try (JsonParser parser = json.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidInput("measurements", "Send a measurement {date, value, note} or an array of them.");
            }
            if (first != JsonToken.START_ARRAY) {
                return new Measurements(List.of(measurement(parser.readValueAsTree(), "")), false);
            }
            List<MeasurementInput> values = new ArrayList<>();
            while (values.size() < atMost && parser.nextToken() != JsonToken.END_ARRAY) {
                try {
                    values.add(measurement(parser.readValueAsTree(), "[" + values.size() + "]."));
                } catch (StreamConstraintsException tooLong) {
                    // a number longer than allowed: named by its element and property, as any wrong value
                    String name = parser.streamReadContext().currentName();
                    if (name == null) {
                        throw tooLong;
                    }
                    throw new InvalidInput(
                            "[" + values.size() + "]." + name,
                            "The body is not valid JSON: " + Problems.parserSaid(tooLong.getOriginalMessage()) + ".");
                }
            }
            return new Measurements(values, true);
        } catch (JacksonException e) {
            throw new InvalidInput(
                    "measurements", "The body is not valid JSON: " + Problems.parserSaid(e.getOriginalMessage()) + ".");
        }
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{kpiId}/measurements/{measurementId}")
    @Operation(summary = "Delete a measurement")
    ResponseEntity<Void> deleteMeasurement(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long kpiId,
            @PathVariable long measurementId) {
        kpis.deleteMeasurement(slug, me.id(), kpiId, measurementId);
        return ResponseEntity.noContent().build();
    }

    // ---- CSV import ---------------------------------------------------------------------------

    @PostMapping(
            path = "/measurements/import",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(
            summary = "Import measurements from CSV sent as the body",
            description = "First line: date,value (then give ?kpi=ID) or kpi,date,value (kpi by name or id), optionally"
                    + " with a note column; GET .../kpis/export?format=csv imports as it is (measured_on is the date;"
                    + " id, kpi_id and source are passed over). A day that has a value is revised. By default nothing is saved unless every row is good: wrong rows answer 400"
                    + " with errors [{line, field, message, row}]. With ?mode=good-rows the good rows are saved and the wrong"
                    + " ones reported. A date after today is a wrong row unless tandem.kpi.allow-future-measurements is"
                    + " true; a saved percentage outside 0-100% is listed in warnings [{line, field, message, row}], and so"
                    + " is a second table the file holds (field file: not read).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @ApiResponse(
            responseCode = "200",
            description = "What was imported",
            content = @Content(schema = @Schema(implementation = MeasurementImport.class)))
    ResponseEntity<?> importCsv(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Parameter(description = "the KPI of a date,value file") @RequestParam(required = false) @Nullable Long kpi,
            @Parameter(description = ImportMode.SPELLINGS) @RequestParam(required = false) @Nullable String mode,
            HttpServletRequest request)
            throws IOException {
        // who may import is checked before the body is read: an outsider's upload is never taken in
        kpis.checkImport(slug, me.id());
        Reader csv = CsvUploads.body(request); // read as it arrives, never held whole
        return answer(kpis.importCsv(slug, me.id(), csv, kpi, ImportMode.parse(mode)));
    }

    @PostMapping(path = "/measurements/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Import measurements from an uploaded CSV file (form field 'file'); same rules as the body upload")
    @ApiResponse(
            responseCode = "200",
            description = "What was imported",
            content = @Content(schema = @Schema(implementation = MeasurementImport.class)))
    ResponseEntity<?> importCsvFile(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Long kpi,
            @RequestParam(required = false) @Nullable String mode,
            @RequestPart("file") MultipartFile file)
            throws IOException {
        try (Reader csv = UploadedText.reader(file.getInputStream())) {
            return answer(kpis.importCsv(slug, me.id(), csv, kpi, ImportMode.parse(mode)));
        }
    }

    private static ResponseEntity<?> answer(MeasurementImport result) {
        return CsvUploads.answer(result, result.rejected(), result.errors(), result.anyGood());
    }

    private static final Set<String> MEASUREMENT_FIELDS = Set.of("date", "value", "note");

    private static MeasurementInput measurement(JsonNode node, String at) {
        if (!node.isObject()) {
            throw new InvalidInput(
                    at.isEmpty() ? "measurement" : at.substring(0, at.length() - 1),
                    "A measurement is an object {date, value, note}.");
        }
        // a property a measurement does not have is refused, not dropped: "nots" for "note" would
        // lose the note without a word
        for (String name : node.propertyNames()) {
            if (!MEASUREMENT_FIELDS.contains(name)) {
                throw new InvalidInput(
                        at + name,
                        "'" + at + name + "' is not a field of a measurement (its fields: date, note, value).");
            }
        }
        LocalDate date = null;
        JsonNode dateNode = node.path("date");
        if (!dateNode.isMissingNode() && !dateNode.isNull()) {
            try {
                date = LocalDate.parse(dateNode.asString(""));
            } catch (DateTimeParseException e) {
                throw new InvalidInput(at + "date", "'" + dateNode.asString("") + "' is not a date; use YYYY-MM-DD.");
            }
        }
        Double value = null;
        JsonNode valueNode = node.path("value");
        if (!valueNode.isMissingNode() && !valueNode.isNull()) {
            value = number(valueNode);
            if (value == null) {
                throw new InvalidInput(at + "value", "The value is a number, such as 4.2.");
            }
        }
        JsonNode noteNode = node.path("note");
        String note = null;
        if (!noteNode.isMissingNode() && !noteNode.isNull()) {
            if (!noteNode.isString()) {
                throw new InvalidInput(at + "note", "The note is text, such as \"after the checkout fix\".");
            }
            note = noteNode.asString();
        }
        return new MeasurementInput(date, value, note);
    }

    /**
     * A JSON number, or text that holds one ({@code "7.5"}, as clients that quote every value send
     * it); null for anything else. Past the range of a double (1e400) is no number either.
     */
    private static @Nullable Double number(JsonNode node) {
        double value;
        if (node.isNumber()) {
            value = node.doubleValue();
        } else if (node.isString()
                && QUOTED_NUMBER.matcher(node.asString().strip()).matches()) {
            value = Double.parseDouble(node.asString().strip());
        } else {
            return null;
        }
        return Double.isFinite(value) ? value : null;
    }

    /** A number as JSON writes one, in text: no hexadecimal, no "1d", no "NaN". */
    private static final java.util.regex.Pattern QUOTED_NUMBER =
            java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    /** The measurements a body sent, and whether it sent them as a list (even of one). */
    private record Measurements(List<MeasurementInput> values, boolean listed) {}
}
