package app.tandem.initiative.web;

import app.tandem.goal.Goals;
import app.tandem.identity.TandemPrincipal;
import app.tandem.initiative.Confidence;
import app.tandem.initiative.Dependencies;
import app.tandem.initiative.DependencyInput;
import app.tandem.initiative.DependencyKind;
import app.tandem.initiative.InitiativeFilter;
import app.tandem.initiative.InitiativeInput;
import app.tandem.initiative.InitiativeKind;
import app.tandem.initiative.InitiativeStatus;
import app.tandem.initiative.InitiativeSummary;
import app.tandem.initiative.InitiativeView;
import app.tandem.initiative.Initiatives;
import app.tandem.initiative.ItReviewMissing;
import app.tandem.initiative.RaciRole;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.DayWords;
import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.support.Markdown;
import app.tandem.support.Paging;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * Initiatives in the browser: the filtered list, the propose form, and an initiative's page with its
 * status moves, history and dependencies both ways. Every rule is the service's: the forms show its
 * refusals beside their fields, a refused status move as a message above the page.
 */
@Controller
class InitiativeController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final Workspaces workspaces;
    private final Initiatives initiatives;
    private final Paging paging;
    private final Markdown markdown;
    private final InitiativeReviewSections reviewSections;
    private final Goals goals;

    InitiativeController(
            Workspaces workspaces,
            Initiatives initiatives,
            Paging paging,
            Markdown markdown,
            InitiativeReviewSections reviewSections,
            Goals goals) {
        this.workspaces = workspaces;
        this.initiatives = initiatives;
        this.paging = paging;
        this.markdown = markdown;
        this.reviewSections = reviewSections;
        this.goals = goals;
    }

    /**
     * What the propose and edit forms hold; the service checks every field at once. {@code effort}
     * has a row per team of the workspace (a blank one puts in nothing); {@code contributors} the
     * initiative's and {@link #BLANK_CONTRIBUTORS} blank rows to add more; {@code version} is the
     * version an edit started from.
     */
    record InitiativeForm(
            @Nullable String title,
            @Nullable String description,
            @Nullable InitiativeKind kind,
            @Nullable Long proposingTeamId,
            @Nullable Long ownerId,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,

            @Nullable Confidence confidence,
            @Nullable List<EffortRow> effort,
            @Nullable List<ContributorRow> contributors,
            @Nullable Long version,
            @Nullable Boolean needsWebForm) {

        /** The blank contributor rows a form offers beyond the ones given. */
        static final int BLANK_CONTRIBUTORS = 3;

        static InitiativeForm empty(long me, List<TeamView> teams) {
            return new InitiativeForm(
                    "",
                    "",
                    null,
                    null,
                    me,
                    LocalDate.now(ZoneOffset.UTC),
                    null,
                    Confidence.MEDIUM,
                    teams.stream().map(t -> new EffortRow(t.id(), null)).toList(),
                    blankContributors(List.of()),
                    null,
                    false);
        }

        static InitiativeForm of(InitiativeView initiative, List<TeamView> teams) {
            Map<Long, Double> weeks = initiative.effort().stream()
                    .collect(Collectors.toMap(e -> e.team().id(), InitiativeView.EffortView::personWeeks));
            return new InitiativeForm(
                    initiative.title(),
                    initiative.description(),
                    initiative.kind(),
                    initiative.proposingTeam() == null
                            ? null
                            : initiative.proposingTeam().id(),
                    initiative.owner().id(),
                    initiative.startDate(),
                    initiative.dueDate(),
                    initiative.confidence(),
                    teams.stream()
                            .map(t -> new EffortRow(t.id(), weeks.get(t.id())))
                            .toList(),
                    blankContributors(initiative.contributors().stream()
                            .map(c -> new ContributorRow(
                                    c.person().id(),
                                    c.team() == null ? null : c.team().id(),
                                    c.role()))
                            .toList()),
                    initiative.version(),
                    initiative.needsWebForm());
        }

        /** The same form with its rows as the page shows them again: a row per team, blank contributor rows. */
        InitiativeForm withRows(List<TeamView> teams) {
            Map<Long, @Nullable Double> typed = new HashMap<>();
            for (EffortRow row : orEmpty(effort)) {
                if (row != null && row.teamId() != null) {
                    typed.put(row.teamId(), row.personWeeks());
                }
            }
            List<ContributorRow> given = orEmpty(contributors).stream()
                    .filter(c -> c != null && !c.isBlank())
                    .toList();
            return new InitiativeForm(
                    title,
                    description,
                    kind,
                    proposingTeamId,
                    ownerId,
                    startDate,
                    dueDate,
                    confidence,
                    teams.stream()
                            .map(t -> new EffortRow(t.id(), typed.get(t.id())))
                            .toList(),
                    contributors != null && contributors.size() > given.size()
                            ? contributors.stream()
                                    .map(c -> c == null ? new ContributorRow(null, null, null) : c)
                                    .toList()
                            : blankContributors(given),
                    version,
                    needsWebForm);
        }

        private static List<ContributorRow> blankContributors(List<ContributorRow> given) {
            List<ContributorRow> rows = new ArrayList<>(given);
            for (int i = 0; i < BLANK_CONTRIBUTORS; i++) {
                rows.add(new ContributorRow(null, null, null));
            }
            return rows;
        }

        /** What the service is given: the rows with something in them, in order. */
        InitiativeInput input() {
            return new InitiativeInput(
                    title,
                    description,
                    kind,
                    proposingTeamId,
                    ownerId,
                    startDate,
                    dueDate,
                    confidence,
                    filled(effort, EffortRow::isBlank).stream()
                            .map(i -> effort.get(i).input())
                            .toList(),
                    filled(contributors, ContributorRow::isBlank).stream()
                            .map(i -> contributors.get(i).input())
                            .toList(),
                    needsWebForm);
        }

        /**
         * The form's field for a field the service refuses: {@code effort[0]} is the first row with
         * something in it, which the person may have typed in the fourth row.
         */
        String formField(String field) {
            return row(
                    row(field, "effort", filled(effort, EffortRow::isBlank)),
                    "contributors",
                    filled(contributors, ContributorRow::isBlank));
        }

        private static String row(String field, String list, List<Integer> rows) {
            Matcher m = Pattern.compile("^" + list + "\\[(\\d+)]").matcher(field);
            if (m.find()) {
                int sent = Integer.parseInt(m.group(1));
                if (sent < rows.size()) {
                    return list + "[" + rows.get(sent) + "]" + field.substring(m.end());
                }
            }
            return field;
        }

        /** The indexes of the rows that are not blank. */
        private static <R> List<Integer> filled(@Nullable List<R> rows, Predicate<R> blank) {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; rows != null && i < rows.size(); i++) {
                R row = rows.get(i);
                if (row != null && !blank.test(row)) {
                    indexes.add(i);
                }
            }
            return indexes;
        }

        private static <R> List<R> orEmpty(@Nullable List<R> rows) {
            return rows == null ? List.of() : rows;
        }
    }

    /** One team's effort in the form: blank when the team puts nothing in. */
    record EffortRow(@Nullable Long teamId, @Nullable Double personWeeks) {

        boolean isBlank() {
            return personWeeks == null;
        }

        /** The person-weeks as the field shows them: {@code 2} rather than {@code 2.0}; blank for none. */
        public String shown() {
            if (personWeeks == null) {
                return "";
            }
            return personWeeks == Math.rint(personWeeks) && Math.abs(personWeeks) < 1e9
                    ? String.valueOf(personWeeks.longValue())
                    : String.valueOf(personWeeks);
        }

        InitiativeInput.Effort input() {
            return new InitiativeInput.Effort(teamId, personWeeks);
        }
    }

    /** One contributor row in the form: blank when no person is chosen and no role either. */
    record ContributorRow(
            @Nullable Long userId,
            @Nullable Long teamId,
            @Nullable RaciRole role) {

        boolean isBlank() {
            return userId == null && role == null;
        }

        InitiativeInput.Contributor input() {
            return new InitiativeInput.Contributor(userId, teamId, role);
        }
    }

    /** What the "needs something from" form on an initiative's page holds. */
    record DependencyForm(
            @Nullable Long providerId,
            @Nullable DependencyKind kind,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate handoffDue) {

        static DependencyForm empty() {
            return new DependencyForm(null, null, null);
        }
    }

    /** One line of an initiative's history, its time in words. */
    record HistoryRow(
            String by,
            String at,
            @Nullable InitiativeStatus from,
            InitiativeStatus to,
            @Nullable String reason) {}

    @GetMapping("/w/{slug}/initiatives")
    String list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable InitiativeKind kind,
            @RequestParam(required = false) @Nullable InitiativeStatus status,
            @RequestParam(required = false) @Nullable Boolean atRisk,
            @RequestParam(required = false) @Nullable Long owner,
            @RequestParam(required = false) @Nullable Long goal,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        String teamFilter = team == null || team.isBlank() ? null : team.strip();
        Page<InitiativeSummary> results = initiatives.list(
                slug,
                me.id(),
                new InitiativeFilter(teamFilter, kind, status, owner, atRisk, goal),
                paging.of(page, null, Sort.unsorted()));
        boolean filtered =
                teamFilter != null || kind != null || status != null || atRisk != null || owner != null || goal != null;
        model.addAttribute("goals", goals.all(workspace));
        model.addAttribute(
                "members", workspaces.members(slug, me.id(), Pageable.unpaged()).getContent());
        model.addAttribute("owner", owner);
        model.addAttribute("goal", goal);
        model.addAttribute("workspace", workspace);
        model.addAttribute("initiatives", results);
        model.addAttribute("filtered", filtered);
        model.addAttribute("teams", workspaces.allTeams(workspace));
        model.addAttribute("kinds", InitiativeKind.values());
        model.addAttribute("statuses", InitiativeStatus.values());
        model.addAttribute("team", teamFilter);
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("atRisk", atRisk);
        model.addAttribute(
                "pageUrl",
                UriComponentsBuilder.fromPath("/w/" + slug + "/initiatives")
                        .queryParamIfPresent("team", Optional.ofNullable(teamFilter))
                        .queryParamIfPresent("kind", Optional.ofNullable(kind))
                        .queryParamIfPresent("status", Optional.ofNullable(status))
                        .queryParamIfPresent("atRisk", Optional.ofNullable(atRisk))
                        .queryParamIfPresent("owner", Optional.ofNullable(owner))
                        .queryParamIfPresent("goal", Optional.ofNullable(goal))
                        .build()
                        .toUriString());
        return "initiative/initiatives";
    }

    @GetMapping("/w/{slug}/initiatives/new")
    String proposeForm(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        model.addAttribute("initiativeForm", InitiativeForm.empty(me.id(), workspaces.allTeams(workspace)));
        return formPage(workspace, null, model);
    }

    @PostMapping("/w/{slug}/initiatives")
    String propose(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @ModelAttribute("initiativeForm") InitiativeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        if (result.hasErrors()) {
            // the rest is checked too, so every wrong field shows at once
            Forms.check(result, () -> initiatives.checkInput(slug, me.id(), form.input()), form::formField);
        }
        return Forms.submit(
                result,
                () -> {
                    InitiativeView initiative = initiatives.propose(slug, me.id(), form.input());
                    redirect.addFlashAttribute(
                            "flash",
                            "Initiative " + initiative.title()
                                    + " proposed. Add what it needs from other teams' work below."
                                    + DayWords.passed(initiative.dueDate(), LocalDate.now(ZoneOffset.UTC)));
                    return Forms.redirect(slug, "initiatives", initiative.id());
                },
                () -> formPage(workspace, null, model),
                form::formField);
    }

    @GetMapping("/w/{slug}/initiatives/{initiativeId}/edit")
    String editForm(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        InitiativeView initiative = initiatives.get(slug, me.id(), initiativeId);
        model.addAttribute("initiativeForm", InitiativeForm.of(initiative, workspaces.allTeams(workspace)));
        return formPage(workspace, initiative, model);
    }

    @PostMapping("/w/{slug}/initiatives/{initiativeId}")
    String edit(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @ModelAttribute("initiativeForm") InitiativeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        InitiativeView initiative = initiatives.get(slug, me.id(), initiativeId);
        if (result.hasErrors()) {
            Forms.check(
                    result, () -> initiatives.checkInput(slug, me.id(), initiativeId, form.input()), form::formField);
        }
        return Forms.submit(
                result,
                () -> {
                    InitiativeView saved = initiatives.replace(
                            slug, me.id(), initiativeId, form.input(), Forms.version(form.version()));
                    redirect.addFlashAttribute("flash", "Initiative " + saved.title() + " saved.");
                    return Forms.redirect(slug, "initiatives", initiativeId);
                },
                () -> formPage(workspace, initiative, model),
                form::formField);
    }

    @GetMapping("/w/{slug}/initiatives/{initiativeId}")
    String initiative(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        model.addAttribute("dependencyForm", DependencyForm.empty());
        return page(workspace, initiativeId, model);
    }

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/status")
    String changeStatus(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @RequestParam(required = false) @Nullable InitiativeStatus status,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        try {
            InitiativeView moved =
                    initiatives.changeStatus(slug, me.id(), initiativeId, status, reason, Forms.version(version));
            redirect.addFlashAttribute(
                    "flash", moved.title() + " is " + moved.status().words() + " now.");
        } catch (ItReviewMissing e) {
            // ask first: commit it without an IT review, or record the review (InitiativeReviewController)
            return Forms.redirect(slug, "initiatives", initiativeId, "commit");
        } catch (DomainException e) {
            if (e.isAccessProblem()) {
                throw e;
            }
            if (status == InitiativeStatus.DROPPED
                    && e.fieldErrors().stream().anyMatch(f -> f.field().equals("reason"))) {
                // beside the reason's field, which the page scrolls to
                redirect.addFlashAttribute("dropError", sentences(e));
                return Forms.redirect(slug, "initiatives", initiativeId) + "#drop-reason";
            }
            redirect.addFlashAttribute("flashError", sentences(e));
        }
        return Forms.redirect(slug, "initiatives", initiativeId);
    }

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/dependencies")
    String addDependency(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @ModelAttribute("dependencyForm") DependencyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        return Forms.submit(
                result,
                () -> {
                    var added = initiatives.addDependency(
                            slug,
                            me.id(),
                            initiativeId,
                            new DependencyInput(form.providerId(), form.kind(), form.handoffDue()));
                    redirect.addFlashAttribute(
                            "flash",
                            "It needs " + added.kind().words() + " from "
                                    + added.provider().title() + " now.");
                    return Forms.redirect(slug, "initiatives", initiativeId);
                },
                () -> page(workspace, initiativeId, model));
    }

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/dependencies/{dependencyId}/delivered")
    String delivered(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long dependencyId,
            RedirectAttributes redirect) {
        try {
            var dependency = initiatives.markDelivered(slug, me.id(), initiativeId, dependencyId);
            redirect.addFlashAttribute(
                    "flash",
                    dependency.provider().title() + " handed off "
                            + dependency.kind().words() + " to "
                            + dependency.dependant().title() + ".");
        } catch (DomainException e) {
            if (e.isAccessProblem()) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", sentences(e));
        }
        return Forms.redirect(slug, "initiatives", initiativeId);
    }

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/dependencies/{dependencyId}/delete")
    String removeDependency(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @PathVariable long dependencyId,
            RedirectAttributes redirect) {
        initiatives.removeDependency(slug, me.id(), initiativeId, dependencyId, null);
        redirect.addFlashAttribute("flash", "The dependency is removed.");
        return Forms.redirect(slug, "initiatives", initiativeId);
    }

    @GetMapping("/w/{slug}/initiatives/{initiativeId}/delete")
    String confirmDelete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            Model model) {
        model.addAttribute("workspace", workspaces.accessToChange(slug, me.id()));
        model.addAttribute("initiative", initiatives.get(slug, me.id(), initiativeId));
        model.addAttribute("dependencies", initiatives.dependencies(slug, me.id(), initiativeId));
        return "initiative/initiative-delete";
    }

    @PostMapping("/w/{slug}/initiatives/{initiativeId}/delete")
    String delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long initiativeId,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        workspaces.accessToChange(slug, me.id());
        InitiativeView initiative = initiatives.get(slug, me.id(), initiativeId);
        try {
            initiatives.delete(slug, me.id(), initiativeId, version);
        } catch (ConcurrentChange e) {
            return Forms.deleteAgain(redirect, e, slug, "initiatives", initiativeId, "delete");
        }
        redirect.addFlashAttribute("flash", "Initiative " + initiative.title() + " is deleted.");
        return "redirect:/w/" + slug + "/initiatives";
    }

    /** What a refusal says, each field's sentence in turn. */
    private static String sentences(DomainException e) {
        if (e.fieldErrors().isEmpty()) {
            return String.valueOf(e.getMessage());
        }
        return e.fieldErrors().stream().map(f -> f.message()).collect(Collectors.joining(" "));
    }

    /** The propose form, or with {@code editing} the edit form; the rows shown as the form holds them. */
    private String formPage(WorkspaceContext workspace, @Nullable InitiativeView editing, Model model) {
        List<TeamView> teams = workspaces.allTeams(workspace);
        model.addAttribute("boundContributors", 0);
        // the bound form stays the model's (replacing it would lose its errors); its rows as shown go beside it
        if (model.getAttribute("initiativeForm") instanceof InitiativeForm form) {
            InitiativeForm shown = form.withRows(teams);
            model.addAttribute("effortRows", shown.effort());
            model.addAttribute("contributorRows", shown.contributors());
            // the rows shown may be more than the rows sent (blank ones added): only a row that was sent
            // can have an error, and asking the bound form for another one fails (it cannot grow a record's list)
            model.addAttribute(
                    "boundContributors",
                    form.contributors() == null ? 0 : form.contributors().size());
        }
        model.addAttribute("workspace", workspace);
        model.addAttribute("editing", editing);
        model.addAttribute("teams", teams);
        model.addAttribute("roles", RaciRole.values());
        model.addAttribute(
                "members",
                workspaces
                        .members(workspace.slug(), workspace.userId(), Pageable.unpaged())
                        .getContent());
        model.addAttribute("kinds", InitiativeKind.values());
        model.addAttribute("confidences", Confidence.values());
        return "initiative/initiative-form";
    }

    private String page(WorkspaceContext workspace, long initiativeId, Model model) {
        InitiativeView initiative = initiatives.get(workspace.slug(), workspace.userId(), initiativeId);
        Dependencies dependencies = initiatives.dependencies(workspace.slug(), workspace.userId(), initiativeId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("initiative", initiative);
        model.addAttribute(
                "descriptionHtml",
                initiative.description() == null || initiative.description().isBlank()
                        ? null
                        : markdown.toSafeHtml(initiative.description()));
        model.addAttribute("dependencies", dependencies);
        reviewSections.addTo(model, workspace, initiative);
        model.addAttribute(
                "history",
                initiative.history().stream()
                        .map(h -> new HistoryRow(h.by().name(), WHEN.format(h.at()), h.from(), h.to(), h.reason()))
                        .toList());
        if (workspace.canChange()) {
            // every other initiative of the workspace may provide something; a large workspace wants a search here
            model.addAttribute(
                    "providers",
                    initiatives
                            .list(
                                    workspace.slug(),
                                    workspace.userId(),
                                    InitiativeFilter.NONE,
                                    PageRequest.of(0, Integer.MAX_VALUE))
                            .getContent()
                            .stream()
                            .filter(i -> i.id() != initiativeId)
                            .toList());
            model.addAttribute("dependencyKinds", DependencyKind.values());
        }
        return "initiative/initiative";
    }
}
