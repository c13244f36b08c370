package app.tandem.insight;

import app.tandem.identity.TandemPrincipal;
import app.tandem.support.DomainException;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing insights in the browser: upload a CSV or JSON export, map its columns to insight
 * fields (common names are pre-selected), check it, then import everything or only the good rows.
 */
@Controller
class ImportController {

    private final InsightImport importer;
    private final ImportFiles files;
    private final Workspaces workspaces;

    ImportController(InsightImport importer, ImportFiles files, Workspaces workspaces) {
        this.importer = importer;
        this.files = files;
        this.workspaces = workspaces;
    }

    @GetMapping("/w/{slug}/insights/import")
    String start(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        model.addAttribute("workspace", workspaces.accessToChange(slug, me.id()));
        return "insight/import";
    }

    @PostMapping("/w/{slug}/insights/import")
    String upload(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        model.addAttribute("workspace", workspace);
        if (file.isEmpty()) {
            model.addAttribute("uploadError", "Choose a CSV or JSON file to import.");
            return "insight/import";
        }
        String id;
        try (InputStream in = file.getInputStream()) {
            id = files.store(in, ImportFormat.of(String.valueOf(file.getOriginalFilename())));
        }
        try {
            List<String> columns = InsightFile.columns(files.path(id), ImportFiles.format(id));
            Map<String, String> preselected = new LinkedHashMap<>();
            InsightImport.recognise(columns).forEach((target, column) -> preselected.put(target.name(), column));
            return mappingPage(workspace, id, String.valueOf(file.getOriginalFilename()), columns, preselected, null, null, model);
        } catch (InsightFile.Unreadable e) {
            files.delete(id);
            model.addAttribute("uploadError", e.getMessage());
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
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        Map<String, String> mapping = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("map.") && v != null && !v.isBlank()) {
                mapping.put(k.substring(4), v);
            }
        });
        List<String> columns = InsightFile.columns(files.path(upload), ImportFiles.format(upload));
        InsightImport.Mode mode = "good".equals(action) ? InsightImport.Mode.GOOD_ROWS : InsightImport.Mode.ALL_OR_NOTHING;
        try {
            InsightImport.Report report = importer.run(slug, me.id(), files.path(upload), ImportFiles.format(upload), mapping,
                    new InsightImport.Defaults(sourceType, team), mode, done -> {});
            if (report.applied()) {
                files.delete(upload);
                model.addAttribute("workspace", workspace);
                model.addAttribute("report", report);
                return "insight/import-done";
            }
            return mappingPage(workspace, upload, fileName, columns, mapping, report, null, model);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            return mappingPage(workspace, upload, fileName, columns, mapping, null, e.getMessage(), model);
        }
    }

    private String mappingPage(WorkspaceContext workspace, String upload, String fileName, List<String> columns,
            Map<String, String> mapping, InsightImport.@Nullable Report report, @Nullable String error, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("upload", upload);
        model.addAttribute("fileName", fileName);
        model.addAttribute("columns", columns);
        model.addAttribute("targets", Arrays.stream(InsightImport.Target.values()).map(Enum::name).toList());
        model.addAttribute("mapping", mapping);
        model.addAttribute("report", report);
        model.addAttribute("mappingError", error);
        model.addAttribute("teams", workspaces.allTeams(workspace));
        model.addAttribute("sourceTypes", SourceType.values());
        return "insight/import-map";
    }
}
