package app.tandem.initiative.web;

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
import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.support.Paging;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
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
    private final InitiativeReviewSections reviewSections;

    InitiativeController(
            Workspaces workspaces, Initiatives initiatives, Paging paging, InitiativeReviewSections reviewSections) {
        this.workspaces = workspaces;
        this.initiatives = initiatives;
        this.paging = paging;
        this.reviewSections = reviewSections;
    }

    /** What the propose form holds; the service checks every field at once. */
    record InitiativeForm(
            @Nullable String title,
            @Nullable String description,
            @Nullable InitiativeKind kind,
            @Nullable Long proposingTeamId,
            @Nullable Long ownerId,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,

            @Nullable Confidence confidence,
            @Nullable Boolean needsWebForm) {

        static InitiativeForm empty(long me) {
            return new InitiativeForm(
                    "", "", null, null, me, LocalDate.now(ZoneOffset.UTC), null, Confidence.MEDIUM, false);
        }

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
                    null,
                    null,
                    needsWebForm);
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
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        String teamFilter = team == null || team.isBlank() ? null : team.strip();
        Page<InitiativeSummary> results = initiatives.list(
                slug,
                me.id(),
                new InitiativeFilter(teamFilter, kind, status, null, atRisk),
                paging.of(page, null, Sort.unsorted()));
        boolean filtered = teamFilter != null || kind != null || status != null || atRisk != null;
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
                        .build()
                        .toUriString());
        return "initiative/initiatives";
    }

    @GetMapping("/w/{slug}/initiatives/new")
    String proposeForm(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        model.addAttribute("initiativeForm", InitiativeForm.empty(me.id()));
        return formPage(workspace, model);
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
        return Forms.submit(
                result,
                () -> {
                    InitiativeView initiative = initiatives.propose(slug, me.id(), form.input());
                    redirect.addFlashAttribute(
                            "flash",
                            "Initiative " + initiative.title()
                                    + " proposed. Add what it needs from other teams' work below.");
                    return Forms.redirect(slug, "initiatives", initiative.id());
                },
                () -> formPage(workspace, model));
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
            InitiativeView moved = initiatives.changeStatus(slug, me.id(), initiativeId, status, reason, version);
            redirect.addFlashAttribute(
                    "flash", moved.title() + " is " + moved.status().words() + " now.");
        } catch (ItReviewMissing e) {
            // ask first: commit it without an IT review, or record the review (InitiativeReviewController)
            return Forms.redirect(slug, "initiatives", initiativeId, "commit");
        } catch (DomainException e) {
            if (e.isAccessProblem()) {
                throw e;
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
        initiatives.removeDependency(slug, me.id(), initiativeId, dependencyId);
        redirect.addFlashAttribute("flash", "The dependency is removed.");
        return Forms.redirect(slug, "initiatives", initiativeId);
    }

    /** What a refusal says, each field's sentence in turn. */
    private static String sentences(DomainException e) {
        if (e.fieldErrors().isEmpty()) {
            return String.valueOf(e.getMessage());
        }
        return e.fieldErrors().stream().map(f -> f.message()).collect(Collectors.joining(" "));
    }

    private String formPage(WorkspaceContext workspace, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("teams", workspaces.allTeams(workspace));
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
