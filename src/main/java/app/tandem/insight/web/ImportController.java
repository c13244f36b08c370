package app.tandem.insight.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.insight.SourceType;
import app.tandem.insight.importing.ImportDates;
import app.tandem.insight.importing.ImportFiles;
import app.tandem.insight.importing.ImportFormat;
import app.tandem.insight.importing.ImportJobs;
import app.tandem.insight.importing.InsightFile;
import app.tandem.insight.importing.InsightImport;
import app.tandem.support.DomainException;
import app.tandem.support.ImportMode;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRefreshView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Importing insights in the browser: upload a CSV or JSON export, map its columns to insight
 * fields (common names are pre-selected), check it, then import everything or only the good rows.
 * The import runs in the background ({@link ImportJobs}) and its page shows a progress bar.
 */
@Controller
class ImportController {

    private final ImportFiles files;
    private final Workspaces workspaces;
    private final ImportJobs jobs;
    private final InsightImport imports;

    ImportController(ImportFiles files, Workspaces workspaces, ImportJobs jobs, InsightImport imports) {
        this.files = files;
        this.workspaces = workspaces;
        this.jobs = jobs;
        this.imports = imports;
    }

    @GetMapping("/w/{slug}/insights/import")
    String start(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        model.addAttribute("workspace", workspaces.accessToChange(slug, me.id()));
        return "insight/import";
    }

    @PostMapping("/w/{slug}/insights/import")
    String upload(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            HttpServletResponse response,
            Model model)
            throws IOException {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        model.addAttribute("workspace", workspace);
        if (file == null) {
            // a form sent without enctype="multipart/form-data" (or another body): no file arrived
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "uploadError",
                    "No file arrived: send the file as a form upload (multipart/form-data) in the field 'file'."
                            + " Choose a CSV or JSON file and upload it again.");
            return "insight/import";
        }
        if (file.isEmpty()) {
            model.addAttribute("uploadError", "Choose a CSV or JSON file to import.");
            return "insight/import";
        }
        String id;
        try (InputStream in = file.getInputStream()) {
            id = files.store(in, ImportFormat.of(String.valueOf(file.getOriginalFilename())), workspace.id(), me.id());
        }
        try {
            List<String> columns = InsightFile.columns(files.path(id, workspace.id(), me.id()), ImportFiles.format(id));
            Map<String, String> preselected = new LinkedHashMap<>();
            InsightImport.recognise(columns, ImportFiles.format(id))
                    .forEach((target, column) -> preselected.put(target.name(), column));
            return mappingPage(
                    workspace,
                    me.id(),
                    id,
                    String.valueOf(file.getOriginalFilename()),
                    columns,
                    preselected,
                    new InsightImport.Defaults(null, null),
                    null,
                    null,
                    model);
        } catch (InsightFile.Unreadable e) {
            files.delete(id, workspace.id(), me.id());
            model.addAttribute("uploadError", e.describe());
            return "insight/import";
        }
    }

    @PostMapping("/w/{slug}/insights/import/run")
    String run(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam String upload,
            @RequestParam(defaultValue = "") String fileName,
            @RequestParam(defaultValue = "check") String action,
            @RequestParam(required = false) @Nullable SourceType sourceType,
            @RequestParam(required = false) @Nullable Long team,
            @RequestParam Map<String, String> params,
            Model model) {
        ImportJobs.Request request = request(me, slug, upload, fileName, action, sourceType, team, params);
        try {
            // not this person's upload into this workspace: fails here
            files.path(upload, request.workspaceId(), me.id());
            if (!"preview".equals(action)) {
                jobs.start(request);
                return "redirect:/w/" + slug + "/insights/import/" + upload;
            }
        } catch (DomainException e) {
            if (e.isAccessProblem()) {
                throw e;
            }
            return mappingPage(request, null, e.getMessage(), model);
        }
        return mappingPage(request, null, null, model);
    }

    /**
     * The first rows as they would be saved with the mapping chosen: for htmx (the mapping page asks
     * whenever a choice changes) the preview alone, for a browser without JavaScript the whole page.
     */
    @PostMapping("/w/{slug}/insights/import/preview")
    String preview(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam String upload,
            @RequestParam(defaultValue = "") String fileName,
            @RequestParam(required = false) @Nullable SourceType sourceType,
            @RequestParam(required = false) @Nullable Long team,
            @RequestParam Map<String, String> params,
            HtmxRequest htmx,
            Model model) {
        ImportJobs.Request request = request(me, slug, upload, fileName, "preview", sourceType, team, params);
        if (!htmx.isHtmxRequest()) {
            return mappingPage(request, null, null, model);
        }
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        preview(workspace, me.id(), upload, request.mapping(), request.defaults(), model);
        return "insight/import-map :: preview";
    }

    private ImportJobs.Request request(
            TandemPrincipal me,
            String slug,
            String upload,
            String fileName,
            String action,
            @Nullable SourceType sourceType,
            @Nullable Long team,
            Map<String, String> params) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        Map<String, String> mapping = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("map.")) {
                // "(not in the file)" is kept as an empty column: the field stays out, recognised or not
                mapping.put(k.substring(4), v == null ? "" : v);
            }
        });
        ImportMode mode = "good".equals(action) ? ImportMode.GOOD_ROWS : ImportMode.ALL_OR_NOTHING;
        ImportDates.Format dates = ImportDates.format(params.get("dateFormat"));
        return new ImportJobs.Request(
                slug,
                workspace.id(),
                me.id(),
                upload,
                fileName,
                mapping,
                new InsightImport.Defaults(sourceType, team, dates),
                mode);
    }

    /** The import's page: a progress bar while it runs, then what it did (or the mapping again with the bad rows). */
    @GetMapping("/w/{slug}/insights/import/{upload}")
    String job(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable String upload,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        ImportJobs.Status status = jobs.status(upload, workspace.id(), me.id()).orElseThrow(ImportNotFound::new);
        model.addAttribute("workspace", workspace);
        model.addAttribute("job", status);
        if (!status.finished()) {
            return "insight/import-progress";
        }
        if (status.report() != null && status.report().applied()) {
            model.addAttribute("report", status.report());
            return "insight/import-done";
        }
        return mappingPage(status.request(), status.report(), status.error(), model);
    }

    /** The progress bar alone, which the page asks for every second (htmx); a finished import reloads the whole page. */
    @GetMapping("/w/{slug}/insights/import/{upload}/progress")
    ModelAndView progress(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable String upload,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        ImportJobs.Status status = jobs.status(upload, workspace.id(), me.id()).orElseThrow(ImportNotFound::new);
        if (status.finished()) {
            // HX-Refresh: htmx reloads the page without swapping anything in, so no bar is rendered
            return new ModelAndView(new HtmxRefreshView());
        }
        model.addAttribute("workspace", workspace);
        model.addAttribute("job", status);
        return new ModelAndView("insight/import-progress :: bar");
    }

    private String mappingPage(
            ImportJobs.Request request, InsightImport.@Nullable Report report, @Nullable String error, Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(request.slug(), request.userId());
        List<String> columns;
        try {
            columns = InsightFile.columns(
                    files.path(request.upload(), request.workspaceId(), request.userId()),
                    ImportFiles.format(request.upload()));
        } catch (DomainException | InsightFile.Unreadable e) {
            model.addAttribute("workspace", workspace);
            model.addAttribute("uploadError", (error == null ? "" : error + " ") + "Upload the file again.");
            return "insight/import";
        }
        return mappingPage(
                workspace,
                request.userId(),
                request.upload(),
                request.fileName(),
                columns,
                request.mapping(),
                request.defaults(),
                report,
                error,
                model);
    }

    /** No import with that id for this person in this workspace (or it finished more than an hour ago). */
    static final class ImportNotFound extends DomainException {
        ImportNotFound() {
            super(
                    Kind.NOT_FOUND,
                    "No such import here. Imports are kept for an hour after they finish; start it again from the import page.");
        }
    }

    private String mappingPage(
            WorkspaceContext workspace,
            long userId,
            String upload,
            String fileName,
            List<String> columns,
            Map<String, String> mapping,
            InsightImport.Defaults defaults,
            InsightImport.@Nullable Report report,
            @Nullable String error,
            Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("upload", upload);
        model.addAttribute("fileName", fileName);
        model.addAttribute("columns", columns);
        model.addAttribute("targets", List.of(InsightImport.Target.values()));
        model.addAttribute("mapping", mapping);
        model.addAttribute("report", report);
        model.addAttribute("mappingError", error);
        model.addAttribute("sourceTypes", SourceType.values());
        model.addAttribute("defaultSource", defaults.sourceType());
        model.addAttribute("defaultTeam", defaults.teamId());
        model.addAttribute("dateFormats", ImportDates.Format.values());
        model.addAttribute(
                "defaultDateFormat", defaults.dateFormat() == null ? ImportDates.Format.DETECT : defaults.dateFormat());
        preview(workspace, userId, upload, mapping, defaults, model);
        return "insight/import-map";
    }

    /**
     * The first rows as they would be saved ({@code preview}), or why the mapping cannot work
     * ({@code previewError}); with the teams, whose names the preview shows.
     */
    private void preview(
            WorkspaceContext workspace,
            long userId,
            String upload,
            Map<String, String> mapping,
            InsightImport.Defaults defaults,
            Model model) {
        List<TeamView> teams = workspaces.allTeams(workspace);
        model.addAttribute("teams", teams);
        model.addAttribute(
                "teamNames", teams.stream().collect(Collectors.toMap(TeamView::id, TeamView::name, (a, b) -> a)));
        model.addAttribute("upload", upload);
        Map<String, String> fieldLabels = new LinkedHashMap<>();
        for (InsightImport.Target target : InsightImport.Target.values()) {
            fieldLabels.put(target.name(), target.label());
        }
        fieldLabels.put("row", InsightImport.Target.labelOf("row"));
        model.addAttribute("fieldLabels", fieldLabels);
        try {
            model.addAttribute(
                    "previewTitle",
                    imports.titleRead(files.path(upload, workspace.id(), userId), ImportFiles.format(upload), mapping));
            model.addAttribute(
                    "previewDates",
                    imports.datesRead(
                            files.path(upload, workspace.id(), userId), ImportFiles.format(upload), mapping, defaults));
            model.addAttribute(
                    "preview",
                    imports.preview(
                            workspace.slug(),
                            userId,
                            files.path(upload, workspace.id(), userId),
                            ImportFiles.format(upload),
                            mapping,
                            defaults,
                            InsightImport.PREVIEW_ROWS));
        } catch (DomainException e) {
            if (e.isAccessProblem()) {
                throw e;
            }
            model.addAttribute("preview", List.of());
            model.addAttribute("previewError", e.getMessage());
        }
    }
}
