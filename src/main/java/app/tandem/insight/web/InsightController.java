package app.tandem.insight.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.insight.EvidenceStrength;
import app.tandem.insight.EvidenceTarget;
import app.tandem.insight.InsightBacking;
import app.tandem.insight.InsightDraft;
import app.tandem.insight.InsightEvidence;
import app.tandem.insight.InsightSearch;
import app.tandem.insight.InsightView;
import app.tandem.insight.Insights;
import app.tandem.insight.NamedTarget;
import app.tandem.insight.SourceType;
import app.tandem.insight.routing.Routing;
import app.tandem.insight.theme.Themes;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.support.InvalidInput;
import app.tandem.support.Markdown;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.web.util.UriComponentsBuilder;

/** The insight repository in the browser: search with filters and facets, capture, read, edit, delete. */
@Controller
class InsightController {

    private final Insights insights;
    private final Workspaces workspaces;
    private final Paging paging;
    private final InsightEvidence evidence;
    private final Markdown markdown;
    private final Routing routing;
    private final Themes themes;

    private final ObjectProvider<InsightBacking> backing;

    InsightController(
            Insights insights,
            Workspaces workspaces,
            Paging paging,
            Markdown markdown,
            Routing routing,
            Themes themes,
            InsightEvidence evidence,
            ObjectProvider<InsightBacking> backing) {
        this.backing = backing;
        this.evidence = evidence;
        this.routing = routing;
        this.themes = themes;
        this.insights = insights;
        this.workspaces = workspaces;
        this.paging = paging;
        this.markdown = markdown;
    }

    /**
     * An insight as the capture and edit forms have it. {@code version} is the version the edit form
     * was opened on (none for a new insight): an insight changed since is not overwritten.
     */
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
            @Size(max = 1000) String tags,

            @Size(max = InsightDraft.MAX_LINKS, message = "At most {max}.") @Nullable List<Long> personaIds,

            @Size(max = InsightDraft.MAX_LINKS, message = "At most {max}.") @Nullable List<Long> userGoalIds,

            @Size(max = InsightDraft.MAX_LINKS, message = "At most {max}.") @Nullable List<Long> journeyStageIds,

            @Size(max = InsightDraft.MAX_LINKS, message = "At most {max}.") @Nullable List<Long> painPointIds,

            @Nullable Long version) {

        static InsightForm empty() {
            return new InsightForm(
                    "",
                    "",
                    SourceType.INTERVIEW,
                    null,
                    LocalDate.now(),
                    "",
                    0,
                    1,
                    EvidenceStrength.ANECDOTE,
                    "",
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null);
        }

        /** What the insight proves, as the form's ticked boxes hold them. */
        List<EvidenceTarget> targets() {
            List<EvidenceTarget> targets = new ArrayList<>();
            ids(personaIds).forEach(id -> targets.add(new EvidenceTarget(EvidenceTarget.Kind.PERSONA, id)));
            ids(userGoalIds).forEach(id -> targets.add(new EvidenceTarget(EvidenceTarget.Kind.USER_GOAL, id)));
            ids(journeyStageIds).forEach(id -> targets.add(new EvidenceTarget(EvidenceTarget.Kind.JOURNEY_STAGE, id)));
            ids(painPointIds).forEach(id -> targets.add(new EvidenceTarget(EvidenceTarget.Kind.PAIN_POINT, id)));
            return targets;
        }

        private static List<Long> ids(@Nullable List<Long> ids) {
            return ids == null
                    ? List.of()
                    : ids.stream().filter(Objects::nonNull).distinct().toList();
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
                    String.join(", ", v.tags()),
                    List.copyOf(v.personaIds()),
                    List.copyOf(v.userGoalIds()),
                    List.copyOf(v.journeyStageIds()),
                    List.copyOf(v.painPointIds()),
                    v.version());
        }

        InsightDraft draft() {
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
                    ids(personaIds),
                    ids(userGoalIds),
                    ids(journeyStageIds),
                    ids(painPointIds));
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
            @RequestParam(required = false) @Nullable Long persona,
            @RequestParam(required = false) @Nullable Long userGoal,
            @RequestParam(required = false) @Nullable Long journeyStage,
            @RequestParam(required = false) @Nullable Long painPoint,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Integer sentiment,
            @RequestParam(required = false) @Nullable Integer page,
            HttpServletResponse response,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        // a page before the first (a hand-made address) is the first, not the error page; one past the
        // last says so beside the results
        Pageable pageable = paging.of(page == null ? null : Math.max(0, page), null, Sort.unsorted());
        InsightSearch search = new InsightSearch(
                q, sourceType, team, tag, persona, userGoal, journeyStage, painPoint, from, to, sentiment);
        InsightSearch.Results results;
        try {
            results = insights.search(slug, me.id(), search, pageable.getPageNumber(), pageable.getPageSize());
        } catch (InvalidInput e) {
            // the words are refused (too many), or a filter names what is not the workspace's (an old
            // link): the page again, with why beside the search box
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("searchError", e.getMessage());
            model.addAttribute("searchErrorField", e.field());
            results = InsightSearch.Results.none(pageable.getPageSize());
        }
        model.addAttribute("workspace", workspace);
        model.addAttribute("search", search);
        model.addAttribute("results", results);
        model.addAttribute("teamNames", teamNames(workspace));
        model.addAttribute("teams", workspaces.allTeams(workspace));
        model.addAttribute("sourceTypes", SourceType.values());
        // "the insights that prove X": the names of what the search keeps to, to show and to clear
        model.addAttribute("proving", evidence.named(slug, me.id(), proving(search)));
        model.addAttribute("exportCsv", exportAddress(slug, search, "csv"));
        model.addAttribute("exportJson", exportAddress(slug, search, "json"));
        model.addAttribute(
                "filtered",
                q != null && !q.isBlank()
                        || search.provingSomething()
                        || sourceType != null
                        || team != null
                        || (tag != null && !tag.isBlank())
                        || from != null
                        || to != null
                        || sentiment != null);
        return "insight/list";
    }

    /** The export of what the page shows: the search's words and filters, encoded, and the format. */
    private static String exportAddress(String slug, InsightSearch search, String format) {
        return UriComponentsBuilder.fromPath("/w/{slug}/insights/export")
                .queryParam("format", format)
                .queryParamIfPresent("q", Optional.ofNullable(search.q()).filter(q -> !q.isBlank()))
                .queryParamIfPresent("sourceType", Optional.ofNullable(search.sourceType()))
                .queryParamIfPresent("team", Optional.ofNullable(search.teamId()))
                .queryParamIfPresent("tag", Optional.ofNullable(search.tag()).filter(t -> !t.isBlank()))
                .queryParamIfPresent("persona", Optional.ofNullable(search.personaId()))
                .queryParamIfPresent("userGoal", Optional.ofNullable(search.userGoalId()))
                .queryParamIfPresent("journeyStage", Optional.ofNullable(search.journeyStageId()))
                .queryParamIfPresent("painPoint", Optional.ofNullable(search.painPointId()))
                .queryParamIfPresent("from", Optional.ofNullable(search.from()))
                .queryParamIfPresent("to", Optional.ofNullable(search.to()))
                .queryParamIfPresent("sentiment", Optional.ofNullable(search.sentiment()))
                .encode()
                .buildAndExpand(slug)
                .toUriString();
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
        if (result.hasErrors()) {
            // the insight's own checks too (a date in the future, say), so every error shows at once
            Forms.check(result, () -> Insights.check(form.draft()));
        } else {
            try {
                InsightView created = insights.capture(slug, me.id(), form.draft());
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
        model.addAttribute("links", evidence.linksOf(slug, me.id(), insight));
        // the initiatives it backs, when the module that keeps them is there
        InsightBacking backed = backing.getIfUnique();
        model.addAttribute("backingKnown", backed != null);
        model.addAttribute("backs", backed == null ? List.of() : backed.initiativesBackedBy(workspace.id(), id));
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
        insights.get(slug, me.id(), id); // one of this workspace's insights, or the 404 page
        if (result.hasErrors()) {
            Forms.check(result, () -> Insights.check(form.draft()));
        }
        return Forms.submit(
                result,
                () -> {
                    insights.update(slug, me.id(), id, form.draft(), Forms.version(form.version()));
                    redirect.addFlashAttribute("flash", "Insight saved.");
                    return Forms.redirect(slug, "insights", id);
                },
                () -> {
                    if (InsightChanges.refusedAsStale(result)) {
                        InsightView theirs = insights.get(slug, me.id(), id);
                        WorkspaceContext workspace = workspaces.access(slug, me.id());
                        model.addAttribute(
                                "theirChanges",
                                InsightChanges.between(
                                        form,
                                        theirs,
                                        teamNames(workspace),
                                        evidence.named(
                                                slug,
                                                me.id(),
                                                InsightForm.of(theirs).targets())));
                    }
                    return form(me, slug, id, false, model);
                });
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
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        InsightView insight = insights.get(slug, me.id(), id);
        try {
            insights.delete(slug, me.id(), id, version);
        } catch (ConcurrentChange e) {
            return Forms.deleteAgain(redirect, e, slug, "insights", id, "delete");
        }
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
        List<NamedTarget> linked = model.getAttribute("insightForm") instanceof InsightForm form
                ? evidence.named(slug, me.id(), form.targets())
                : List.of();
        model.addAttribute("linked", linked);
        return "insight/form";
    }

    /** What a search keeps to (a persona, user goal, stage, pain point), as targets. */
    private static List<EvidenceTarget> proving(InsightSearch search) {
        List<EvidenceTarget> targets = new ArrayList<>();
        if (search.personaId() != null) {
            targets.add(new EvidenceTarget(EvidenceTarget.Kind.PERSONA, search.personaId()));
        }
        if (search.userGoalId() != null) {
            targets.add(new EvidenceTarget(EvidenceTarget.Kind.USER_GOAL, search.userGoalId()));
        }
        if (search.journeyStageId() != null) {
            targets.add(new EvidenceTarget(EvidenceTarget.Kind.JOURNEY_STAGE, search.journeyStageId()));
        }
        if (search.painPointId() != null) {
            targets.add(new EvidenceTarget(EvidenceTarget.Kind.PAIN_POINT, search.painPointId()));
        }
        return targets;
    }

    private Map<Long, String> teamNames(WorkspaceContext workspace) {
        return workspaces.allTeams(workspace).stream().collect(Collectors.toMap(TeamView::id, TeamView::name));
    }
}
