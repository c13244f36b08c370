package app.tandem.initiative.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.initiative.InitiativeImport;
import app.tandem.initiative.InitiativeKind;
import app.tandem.support.CsvImportPage;
import app.tandem.support.UploadPath;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

/** Initiatives proposed from a CSV file in the browser: the page of {@link CsvImportPage}, over {@link InitiativeImport}. */
@Controller
@RequestMapping("/w/{slug}/initiatives/import")
class InitiativeImportController {

    private static final List<String> RULES = List.of(
            "title, kind, team, start and due are needed. kind is feature, campaign, infrastructure, content,"
                    + " research, monetisation or other; team is the proposing team's name; dates are YYYY-MM-DD (or DD.MM.YYYY, YYYYMMDD, or 25/12/2026 with slashes)."
                    + " A tracker's export (Jira, Asana, Linear) has no kind or team: choose them below for the rows without one.",
            "description, owner (a member's email, or the name of one member alone; when empty, you), confidence (low, medium or high), effort"
                    + " (person-weeks by team, as Design: 2; IT: 3.5) and needs web form (yes or no) are read when"
                    + " the file has them; other columns are left out.",
            "A comma, semicolon or tab separates, as the first line shows. At most 5,000 rows. Each row is"
                    + " proposed as the propose form would propose it.",
            "An export of another workspace's initiatives imports as it is (its owners must be members here"
                    + " and its teams have the same names). A row whose title is an initiative here already is"
                    + " wrong, so a file imported twice proposes nothing twice.");

    private static final String EXAMPLE =
            "title,kind,team,start,due\nOnboarding checklist,feature,Design,2027-01-04,2027-02-26";

    /** The page takes bodies up to {@code tandem.http.max-upload}. */
    @Bean
    static UploadPath initiativeImportPage() {
        return new UploadPath("/w/*/initiatives/import");
    }

    private final Workspaces workspaces;
    private final InitiativeImport importer;

    InitiativeImportController(Workspaces workspaces, InitiativeImport importer) {
        this.workspaces = workspaces;
        this.importer = importer;
    }

    @GetMapping
    String page(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        choices(workspace, InitiativeImport.Defaults.NONE, model);
        return CsvImportPage.show(page(workspace, model), CsvImportPage.Form.empty(), model);
    }

    /**
     * The kind and the team for the rows without one, as chosen ({@code chosen}): a tracker's export
     * (Jira, Asana, Linear) names neither.
     */
    private void choices(WorkspaceContext workspace, InitiativeImport.Defaults chosen, Model model) {
        List<CsvImportPage.Option> kinds = Arrays.stream(InitiativeKind.values())
                .map(k -> new CsvImportPage.Option(k.name().toLowerCase(Locale.ROOT), k.label()))
                .toList();
        List<CsvImportPage.Option> teams = workspaces.allTeams(workspace).stream()
                .map(t -> new CsvImportPage.Option(String.valueOf(t.id()), t.name()))
                .toList();
        model.addAttribute(
                "importChoices",
                List.of(
                        new CsvImportPage.Choice(
                                "kind",
                                "Kind of the rows without one",
                                "Chosen, the file needs no kind column; a row's own kind still counts.",
                                kinds,
                                chosen.kind()),
                        new CsvImportPage.Choice(
                                "team",
                                "Proposing team of the rows without one",
                                "Chosen, the file needs no team column; a row's own team still counts.",
                                teams,
                                chosen.team())));
    }

    @PostMapping
    ModelAndView importCsv(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @ModelAttribute("importForm") CsvImportPage.Form form,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String team,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        CsvImportPage.Page page = page(workspace, model);
        InitiativeImport.Defaults defaults = new InitiativeImport.Defaults(kind, team);
        choices(workspace, defaults, model);
        return CsvImportPage.submit(
                page,
                form,
                file,
                (csv, mode) -> importer.importCsv(slug, me.id(), csv, mode, defaults),
                n -> "Proposed " + n + (n == 1 ? " initiative." : " initiatives."),
                htmx.isHtmxRequest(),
                model,
                redirect);
    }

    private static CsvImportPage.Page page(WorkspaceContext workspace, Model model) {
        model.addAttribute("workspace", workspace);
        String initiatives = "/w/" + workspace.slug() + "/initiatives";
        return new CsvImportPage.Page(
                "Import initiatives", "Initiatives", initiatives, initiatives + "/import", RULES, EXAMPLE);
    }
}
