package app.tandem.insight.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.insight.EvidenceStrength;
import app.tandem.insight.InsightDraft;
import app.tandem.insight.InsightSearch;
import app.tandem.insight.InsightView;
import app.tandem.insight.Insights;
import app.tandem.insight.SourceType;
import app.tandem.insight.internal.Markdown;
import app.tandem.insight.routing.Routing;
import app.tandem.insight.theme.Themes;
import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.support.InvalidInput;
import app.tandem.support.Paging;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The insight repository in the browser: search with filters and facets, capture, read, edit, delete. */
@Controller
class InsightController {

    private final Insights insights;
    private final Workspaces workspaces;
    private final Paging paging;
    private final Markdown markdown;
    private final Routing routing;
    private final Themes themes;

    InsightController(
            Insights insights,
            Workspaces workspaces,
            Paging paging,
            Markdown markdown,
            Routing routing,
            Themes themes) {
        this.routing = routing;
        this.themes = themes;
        this.insights = insights;
        this.workspaces = workspaces;
        this.paging = paging;
        this.markdown = markdown;
    }

    record InsightForm(
            @NotBlank(message = "Give the insight a short title that says what you learned.") @Size(max = InsightDraft.MAX_TITLE, message = "At most {max} characters.") String title,

            @Size(max = InsightDraft.MAX_BODY, message = "At most {max} characters.") String body,

            @NotNull(message = "Choose where the evidence comes from.") SourceType sourceType,

            @Nullable Long teamId,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate observedOn,

            @Size(max = InsightDraft.MAX_EXTERNAL_REF, message = "At most {max} characters.") String externalRef,

            @Min(value = -2, message = "From -2 to +2.") @Max(value = 2, message = "From -2 to +2.") int sentiment,

            @Min(value = 0, message = "0 or more.") int reach,
            @NotNull EvidenceStrength evidenceStrength,
            @Size(max = 1000) String tags) {

        static InsightForm empty() {
            return new InsightForm(
                    "", "", SourceType.INTERVIEW, null, LocalDate.now(), "", 0, 1, EvidenceStrength.ANECDOTE, "");
        }

        static InsightForm of(InsightView v) {
            return new InsightForm(
                    v.title(),
                    v.body(),
                    v.sourceType(),
                    v.teamId(),
                    v.observedOn(),
                    v.externalRef() == null ? "" : v.externalRef(),
                    v.sentiment(),
                    v.reach(),
                    v.evidenceStrength(),
                    String.join(", ", v.tags()));
        }

        InsightDraft draft(List<Long> personaIds, List<Long> userGoalIds, List<Long> stageIds) {
            List<String> tagList = tags == null
                    ? List.of()
                    : Arrays.stream(tags.split(","))
                            .map(String::strip)
                            .filter(t -> !t.isEmpty())
                            .toList();
            return new InsightDraft(
                    title,
                    body,
                    sourceType,
                    teamId,
                    observedOn,
                    externalRef,
                    sentiment,
                    reach,
                    evidenceStrength,
                    tagList,
                    personaIds,
                    userGoalIds,
                    stageIds);
        }
    }

    @GetMapping("/w/{slug}/insights")
    String search(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable SourceType sourceType,
            @RequestParam(required = false) @Nullable Long team,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Integer sentiment,
            @RequestParam(required = false) @Nullable Integer page,
            HttpServletResponse response,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        Pageable pageable = paging.of(page, null, Sort.unsorted());
        InsightSearch search = new InsightSearch(q, sourceType, team, tag, null, null, from, to, sentiment);
        InsightSearch.Results results;
        try {
            results = insights.search(slug, me.id(), search, pageable.getPageNumber(), pageable.getPageSize());
        } catch (InvalidInput e) {
            if (!"q".equals(e.field())) {
                throw e;
            }
            // the words are refused (too many): the page again, with why beside the search box
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("searchError", e.getMessage());
            results = InsightSearch.Results.none(pageable.getPageSize());
        }
        model.addAttribute("workspace", workspace);
        model.addAttribute("search", search);
        model.addAttribute("results", results);
        model.addAttribute("teamNames", teamNames(workspace));
        model.addAttribute("teams", workspaces.allTeams(workspace));
        model.addAttribute("sourceTypes", SourceType.values());
        model.addAttribute(
                "filtered",
                q != null && !q.isBlank()
                        || sourceType != null
                        || team != null
                        || (tag != null && !tag.isBlank())
                        || from != null
                        || to != null
                        || sentiment != null);
        return "insight/list";
    }

    @GetMapping("/w/{slug}/insights/new-since")
    String newSince(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate since,
            @RequestParam(defaultValue = "team") String by,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        LocalDate from = since == null ? LocalDate.now().minusDays(14) : since;
        model.addAttribute("workspace", workspace);
        model.addAttribute("byTheme", "theme".equals(by));
        model.addAttribute("result", insights.newSince(slug, me.id(), from, 50));
        model.addAttribute("teamNames", teamNames(workspace));
        return "insight/new-since";
    }

    @GetMapping("/w/{slug}/insights/new")
    String newInsight(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(defaultValue = "false") boolean quick,
            Model model) {
        model.addAttribute("insightForm", InsightForm.empty());
        return form(me, slug, null, quick, model);
    }

    @PostMapping("/w/{slug}/insights")
    String create(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(defaultValue = "false") boolean quick,
            @Valid @ModelAttribute("insightForm") InsightForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                InsightView created = insights.capture(slug, me.id(), form.draft(List.of(), List.of(), List.of()));
                redirect.addFlashAttribute("flash", "Insight captured. Everyone in the workspace can find it now.");
                return "redirect:/w/" + slug + "/insights/" + created.id();
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(me, slug, null, quick, model);
    }

    @GetMapping("/w/{slug}/insights/{id}")
    String show(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        InsightView insight = insights.get(slug, me.id(), id);
        model.addAttribute("workspace", workspace);
        model.addAttribute("insight", insight);
        model.addAttribute("bodyHtml", markdown.toSafeHtml(insight.body()));
        model.addAttribute("teamNames", teamNames(workspace));
        model.addAttribute("teams", workspaces.allTeams(workspace));
        model.addAttribute("routes", routing.routesOf(slug, me.id(), id));
        model.addAttribute("similar", insights.similar(slug, me.id(), id, 5));
        model.addAttribute(
                "themeChoices",
                insight.theme() == null && workspace.canChange() ? themes.refs(slug, me.id()) : List.of());
        return "insight/show";
    }

    @GetMapping("/w/{slug}/insights/{id}/edit")
    String edit(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            Model model) {
        workspaces.accessToChange(slug, me.id());
        model.addAttribute("insightForm", InsightForm.of(insights.get(slug, me.id(), id)));
        return form(me, slug, id, false, model);
    }

    @PostMapping("/w/{slug}/insights/{id}/edit")
    String update(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @ModelAttribute("insightForm") InsightForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                InsightView existing = insights.get(slug, me.id(), id);
                insights.update(
                        slug,
                        me.id(),
                        id,
                        form.draft(
                                List.copyOf(existing.personaIds()),
                                List.copyOf(existing.userGoalIds()),
                                List.copyOf(existing.journeyStageIds())));
                redirect.addFlashAttribute("flash", "Insight saved.");
                return "redirect:/w/" + slug + "/insights/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(me, slug, id, false, model);
    }

    @GetMapping("/w/{slug}/insights/{id}/delete")
    String confirmDelete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            Model model) {
        model.addAttribute("workspace", workspaces.accessToChange(slug, me.id()));
        model.addAttribute("insight", insights.get(slug, me.id(), id));
        return "insight/delete";
    }

    @PostMapping("/w/{slug}/insights/{id}/delete")
    String delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            RedirectAttributes redirect) {
        InsightView insight = insights.get(slug, me.id(), id);
        insights.delete(slug, me.id(), id);
        redirect.addFlashAttribute("flash", "Insight '" + insight.title() + "' is deleted.");
        return "redirect:/w/" + slug + "/insights";
    }

    private String form(TandemPrincipal me, String slug, @Nullable Long id, boolean quick, Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        model.addAttribute("workspace", workspace);
        model.addAttribute("insightId", id);
        model.addAttribute("quick", quick);
        model.addAttribute("teams", workspaces.allTeams(workspace));
        model.addAttribute("sourceTypes", SourceType.values());
        model.addAttribute("strengths", EvidenceStrength.values());
        return "insight/form";
    }

    private Map<Long, String> teamNames(WorkspaceContext workspace) {
        return workspaces.allTeams(workspace).stream().collect(Collectors.toMap(TeamView::id, TeamView::name));
    }
}
