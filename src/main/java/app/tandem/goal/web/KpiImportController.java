package app.tandem.goal.web;

import app.tandem.goal.KpiImport;
import app.tandem.identity.TandemPrincipal;
import app.tandem.support.CsvImportPage;
import app.tandem.support.UploadPath;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * KPIs defined from a CSV file (a spreadsheet of metrics) in the browser: the page of {@link
 * CsvImportPage}, over {@link KpiImport}. Their values are imported on the measurements' page.
 */
@Controller
@RequestMapping("/w/{slug}/kpis/definitions/import")
class KpiImportController {

    private static final List<String> RULES = List.of(
            "name, unit (percent, count, currency or score), direction (higher is better or lower is better),"
                    + " baseline, baseline date, target and target date are needed; dates are YYYY-MM-DD (or"
                    + " DD.MM.YYYY, or YYYYMMDD), numbers like 4.2 or 1,234.5, or 4,2 in a file separated by"
                    + " semicolons.",
            "guardrail min, guardrail max and data source are read when the file has them; other columns are"
                    + " left out.",
            "A comma, semicolon or tab separates, as the first line shows. At most 1,000 rows. A name the"
                    + " workspace has, or one above in the file, is a wrong row.");

    private static final String EXAMPLE = "name,unit,direction,baseline,baseline date,target,target date\n"
            + "Trial to paid,percent,higher is better,9,2026-01-01,12,2026-12-31";

    /** The page takes bodies up to {@code tandem.http.max-upload}. */
    @Bean
    static UploadPath kpiImportPage() {
        return new UploadPath("/w/*/kpis/definitions/import");
    }

    private final Workspaces workspaces;
    private final KpiImport importer;

    KpiImportController(Workspaces workspaces, KpiImport importer) {
        this.workspaces = workspaces;
        this.importer = importer;
    }

    @GetMapping
    String page(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        return CsvImportPage.show(
                page(workspaces.accessToChange(slug, me.id()), model), CsvImportPage.Form.empty(), model);
    }

    @PostMapping
    ModelAndView importCsv(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @ModelAttribute("importForm") CsvImportPage.Form form,
            @RequestParam(required = false) @Nullable MultipartFile file,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        CsvImportPage.Page page = page(workspaces.accessToChange(slug, me.id()), model);
        return CsvImportPage.submit(
                page,
                form,
                file,
                (csv, mode) -> importer.importCsv(slug, me.id(), csv, mode),
                n -> "Defined " + n + (n == 1 ? " KPI." : " KPIs."),
                htmx.isHtmxRequest(),
                model,
                redirect);
    }

    private static CsvImportPage.Page page(WorkspaceContext workspace, Model model) {
        model.addAttribute("workspace", workspace);
        String goals = "/w/" + workspace.slug() + "/goals";
        return new CsvImportPage.Page(
                "Import KPIs",
                "Goals & KPIs",
                goals,
                "/w/" + workspace.slug() + "/kpis/definitions/import",
                RULES,
                EXAMPLE);
    }
}
