package app.tandem.discovery.web;

import app.tandem.discovery.DecisionInput;
import app.tandem.discovery.DiscoverySessions;
import app.tandem.discovery.KpiEffect;
import app.tandem.discovery.SessionInput;
import app.tandem.discovery.SessionSummary;
import app.tandem.discovery.SessionView;
import app.tandem.discovery.StatementInput;
import app.tandem.goal.Goals;
import app.tandem.goal.KpiView;
import app.tandem.goal.Kpis;
import app.tandem.identity.TandemPrincipal;
import app.tandem.initiative.Confidence;
import app.tandem.initiative.InitiativeFilter;
import app.tandem.initiative.InitiativeInput;
import app.tandem.initiative.InitiativeKind;
import app.tandem.initiative.Initiatives;
import app.tandem.persona.Personas;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.Forms;
import app.tandem.support.Paging;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/**
 * Discovery sessions in the browser: the list, the plan/edit form, and a session's page with the
 * teams' statements side by side, what Tandem finds in them, the warnings about who is there,
 * attendance and outcomes. Every rule is the service's: the forms show its refusals beside their
 * fields, with what was typed.
 */
@Controller
class DiscoveryController {

    /** The most initiatives the outcome pickers offer, latest start first. */
    static final int PICKER_MAX = 200;

    private static final String TIME = "yyyy-MM-dd'T'HH:mm";

    private final Workspaces workspaces;
    private final DiscoverySessions sessions;
    private final Paging paging;
    private final Goals goals;
    private final Kpis kpis;
    private final Personas personas;
    private final Initiatives initiatives;

    DiscoveryController(
            Workspaces workspaces,
            DiscoverySessions sessions,
            Paging paging,
            Goals goals,
            Kpis kpis,
            Personas personas,
            Initiatives initiatives) {
        this.workspaces = workspaces;
        this.sessions = sessions;
        this.paging = paging;
        this.goals = goals;
        this.kpis = kpis;
        this.personas = personas;
        this.initiatives = initiatives;
    }

    /** What the plan and edit forms hold; {@code version} is the version an edit started from. */
    record SessionForm(
            @Nullable String topic,

            @DateTimeFormat(pattern = TIME) @Nullable LocalDateTime startsAt,

            @DateTimeFormat(pattern = TIME) @Nullable LocalDateTime endsAt,

            @Nullable String timeZone,
            @Nullable Long hostTeamId,
            @Nullable List<Long> goalIds,
            @Nullable List<Long> inviteeIds,
            @Nullable Long version) {

        static SessionForm empty(LocalDateTime now) {
            LocalDateTime start = now.toLocalDate().plusDays(7).atTime(10, 0);
            return new SessionForm("", start, start.plusHours(2), "", null, List.of(), List.of(), null);
        }

        /** A session's times as the clocks of its time zone show them, as the form takes them. */
        static SessionForm of(SessionView session) {
            return new SessionForm(
                    session.topic(),
                    session.localStartsAt(),
                    session.localEndsAt(),
                    session.timeZone(),
                    session.hostTeam() == null ? null : session.hostTeam().id(),
                    session.goals().stream().map(g -> g.id()).toList(),
                    session.invitees().stream().map(i -> i.person().id()).toList(),
                    session.version());
        }

        /** The times as typed, in the time zone typed (blank: UTC). */
        SessionInput input() {
            return new SessionInput(
                    topic,
                    startsAt,
                    endsAt,
                    hostTeamId,
                    goalIds == null ? List.of() : List.copyOf(goalIds),
                    inviteeIds == null ? List.of() : List.copyOf(inviteeIds),
                    timeZone == null ? "" : timeZone,
                    SessionInput.TimesIn.TIME_ZONE);
        }
    }

    /**
     * What the statement form holds: a row per KPI of the workspace (no effect: the team names it
     * not) and a row per team (blank: nothing needed of it).
     */
    record StatementForm(
            @Nullable Long teamId,
            @Nullable String aim,
            @Nullable List<Long> goalIds,
            @Nullable List<Long> userGoalIds,
            @Nullable List<KpiRow> kpis,
            @Nullable Double capacity,
            @Nullable List<NeedRow> needs,
            @Nullable Long version) {

        List<KpiRow> kpiRows(List<KpiView> all) {
            Map<Long, @Nullable KpiEffect> typed = new HashMap<>();
            for (KpiRow row : kpis == null ? List.<KpiRow>of() : kpis) {
                if (row != null && row.kpiId() != null) {
                    typed.put(row.kpiId(), row.effect());
                }
            }
            return all.stream().map(k -> new KpiRow(k.id(), typed.get(k.id()))).toList();
        }

        List<NeedRow> needRows(List<TeamView> teams) {
            Map<Long, @Nullable Double> typed = new HashMap<>();
            for (NeedRow row : needs == null ? List.<NeedRow>of() : needs) {
                if (row != null && row.teamId() != null) {
                    typed.put(row.teamId(), row.personWeeks());
                }
            }
            return teams.stream()
                    .map(t -> new NeedRow(t.id(), typed.get(t.id())))
                    .toList();
        }

        StatementInput input() {
            return new StatementInput(
                    aim,
                    goalIds == null ? List.of() : List.copyOf(goalIds),
                    userGoalIds == null ? List.of() : List.copyOf(userGoalIds),
                    filled(kpis, r -> r.effect() == null).stream()
                            .map(i -> new StatementInput.KpiInput(
                                    kpis.get(i).kpiId(), kpis.get(i).effect()))
                            .toList(),
                    capacity,
                    filled(needs, r -> r.personWeeks() == null).stream()
                            .map(i -> new StatementInput.NeedInput(
                                    needs.get(i).teamId(), needs.get(i).personWeeks()))
                            .toList());
        }

        /** The form's row for a row the service refuses: {@code needs[0]} is the first row typed in. */
        String formField(String field) {
            return row(
                    row(field, "kpis", filled(kpis, r -> r.effect() == null)),
                    "needs",
                    filled(needs, r -> r.personWeeks() == null));
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

        private static <R> List<Integer> filled(@Nullable List<R> rows, java.util.function.Predicate<R> blank) {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; rows != null && i < rows.size(); i++) {
                R row = rows.get(i);
                if (row != null && !blank.test(row)) {
                    indexes.add(i);
                }
            }
            return indexes;
        }
    }

    record KpiRow(@Nullable Long kpiId, @Nullable KpiEffect effect) {}

    record NeedRow(@Nullable Long teamId, @Nullable Double personWeeks) {

        /** 2 rather than 2.0; blank for none. */
        public String shown() {
            if (personWeeks == null) {
                return "";
            }
            return personWeeks == Math.rint(personWeeks) && Math.abs(personWeeks) < 1e9
                    ? String.valueOf(personWeeks.longValue())
                    : String.valueOf(personWeeks);
        }
    }

    record DecisionForm(
            @Nullable String what,
            @Nullable String why,
            @Nullable List<Long> initiativeIds,
            @Nullable List<Long> goalIds) {

        static DecisionForm empty() {
            return new DecisionForm("", "", List.of(), List.of());
        }
    }

    record ChangeForm(@Nullable Long initiativeId, @Nullable String change) {

        static ChangeForm empty() {
            return new ChangeForm(null, "");
        }
    }

    record InitiativeForm(
            @Nullable String title,
            @Nullable InitiativeKind kind,
            @Nullable Long proposingTeamId,
            @Nullable Long ownerId,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,

            @Nullable Boolean needsWebForm) {

        InitiativeInput input(SessionView session) {
            return new InitiativeInput(
                    title,
                    "Proposed in the discovery session “" + session.topic() + "”.",
                    kind,
                    proposingTeamId,
                    ownerId,
                    startDate,
                    dueDate,
                    Confidence.MEDIUM,
                    null,
                    null,
                    needsWebForm);
        }
    }

    // ---- list and form --------------------------------------------------------------------------

    @GetMapping("/w/{slug}/discovery")
    String list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        Page<SessionSummary> results = sessions.list(slug, me.id(), paging.of(page, null, Sort.unsorted()));
        model.addAttribute("workspace", workspace);
        model.addAttribute("sessions", results);
        model.addAttribute("now", sessions.now());
        model.addAttribute("pageUrl", "/w/" + slug + "/discovery");
        return "discovery/sessions";
    }

    @GetMapping("/w/{slug}/discovery/new")
    String newForm(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        model.addAttribute("sessionForm", SessionForm.empty(sessions.now()));
        return formPage(workspace, null, model);
    }

    @PostMapping("/w/{slug}/discovery")
    String create(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @ModelAttribute("sessionForm") SessionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        return Forms.submit(
                result,
                () -> {
                    SessionView session = sessions.create(slug, me.id(), form.input());
                    redirect.addFlashAttribute(
                            "flash",
                            "Discovery session " + session.topic()
                                    + " planned. Now each involved team states its goals for the topic.");
                    return Forms.redirect(slug, "discovery", session.id());
                },
                () -> formPage(workspace, null, model));
    }

    @GetMapping("/w/{slug}/discovery/{sessionId}/edit")
    String editForm(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        SessionView session = sessions.get(slug, me.id(), sessionId);
        model.addAttribute("sessionForm", SessionForm.of(session));
        return formPage(workspace, session, model);
    }

    @PostMapping("/w/{slug}/discovery/{sessionId}")
    String edit(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            @ModelAttribute("sessionForm") SessionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        SessionView session = sessions.get(slug, me.id(), sessionId);
        return Forms.submit(
                result,
                () -> {
                    SessionView saved =
                            sessions.replace(slug, me.id(), sessionId, form.input(), Forms.version(form.version()));
                    redirect.addFlashAttribute("flash", "Discovery session " + saved.topic() + " saved.");
                    return Forms.redirect(slug, "discovery", sessionId);
                },
                () -> formPage(workspace, session, model));
    }

    private String formPage(WorkspaceContext workspace, @Nullable SessionView editing, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("editing", editing);
        model.addAttribute("teams", workspaces.allTeams(workspace));
        model.addAttribute("goals", goals.all(workspace));
        model.addAttribute(
                "members",
                workspaces
                        .members(workspace.slug(), workspace.userId(), Pageable.unpaged())
                        .getContent());
        return "discovery/session-form";
    }

    // ---- the session page -----------------------------------------------------------------------

    @GetMapping("/w/{slug}/discovery/{sessionId}")
    String session(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        return page(workspace, sessionId, model);
    }

    /** Asks before a session is deleted with its teams' goals, attendance and outcomes. */
    @GetMapping("/w/{slug}/discovery/{sessionId}/delete")
    String confirmDelete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            Model model) {
        model.addAttribute("workspace", workspaces.accessToChange(slug, me.id()));
        model.addAttribute("discoverySession", sessions.get(slug, me.id(), sessionId));
        return "discovery/session-delete";
    }

    @PostMapping("/w/{slug}/discovery/{sessionId}/delete")
    String delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        SessionView session = sessions.get(slug, me.id(), sessionId);
        try {
            sessions.delete(slug, me.id(), sessionId, version);
        } catch (ConcurrentChange e) {
            return Forms.deleteAgain(redirect, e, slug, "discovery", sessionId, "delete");
        }
        redirect.addFlashAttribute("flash", "The discovery session " + session.topic() + " is deleted.");
        return Forms.redirect(slug, "discovery");
    }

    @PostMapping("/w/{slug}/discovery/{sessionId}/attendance")
    String attendance(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            @RequestParam(name = "attended", required = false) @Nullable List<Long> attended,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        workspaces.accessToChange(slug, me.id());
        SessionView session = sessions.get(slug, me.id(), sessionId);
        List<Long> came = attended == null ? List.of() : attended;
        SessionView saved = sessions.recordAttendance(
                slug,
                me.id(),
                sessionId,
                session.invitees().stream()
                        .map(i -> new DiscoverySessions.Attendance(
                                i.person().id(), came.contains(i.person().id())))
                        .toList(),
                Forms.version(version));
        long count = saved.invitees().stream()
                .filter(i -> Boolean.TRUE.equals(i.attended()))
                .count();
        redirect.addFlashAttribute(
                "flash",
                "Attendance recorded: " + count + " of " + saved.invitees().size() + " came.");
        return Forms.redirect(slug, "discovery", sessionId);
    }

    @PostMapping("/w/{slug}/discovery/{sessionId}/decisions")
    String decide(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        return Forms.submit(
                result,
                () -> {
                    sessions.recordDecision(
                            slug,
                            me.id(),
                            sessionId,
                            new DecisionInput(form.what(), form.why(), form.initiativeIds(), form.goalIds()));
                    redirect.addFlashAttribute("flash", "Decision recorded.");
                    return Forms.redirect(slug, "discovery", sessionId);
                },
                () -> page(workspace, sessionId, model));
    }

    @PostMapping("/w/{slug}/discovery/{sessionId}/changed-initiatives")
    String changed(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            @ModelAttribute("changeForm") ChangeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        return Forms.submit(
                result,
                () -> {
                    sessions.linkChangedInitiative(slug, me.id(), sessionId, form.initiativeId(), form.change());
                    redirect.addFlashAttribute("flash", "The change to the initiative is recorded.");
                    return Forms.redirect(slug, "discovery", sessionId);
                },
                () -> page(workspace, sessionId, model));
    }

    private String page(WorkspaceContext workspace, long sessionId, Model model) {
        SessionView session = sessions.get(workspace.slug(), workspace.userId(), sessionId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("discoverySession", session);
        model.addAttribute("now", sessions.now());
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", DecisionForm.empty());
        }
        if (!model.containsAttribute("changeForm")) {
            model.addAttribute("changeForm", ChangeForm.empty());
        }
        if (workspace.canChange()) {
            model.addAttribute("teams", workspaces.allTeams(workspace));
            model.addAttribute("goals", goals.all(workspace));
            model.addAttribute(
                    "initiatives",
                    initiatives
                            .list(
                                    workspace.slug(),
                                    workspace.userId(),
                                    InitiativeFilter.NONE,
                                    PageRequest.of(0, PICKER_MAX))
                            .getContent());
        }
        return "discovery/session";
    }

    // ---- statements -----------------------------------------------------------------------------

    @GetMapping("/w/{slug}/discovery/{sessionId}/statement")
    String statementForm(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            @RequestParam(required = false) @Nullable Long team,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        SessionView session = sessions.get(slug, me.id(), sessionId);
        SessionView.StatementView existing = team == null
                ? null
                : session.statements().stream()
                        .filter(s -> s.team().id() == team)
                        .findFirst()
                        .orElse(null);
        StatementForm form = existing == null
                ? new StatementForm(team, "", List.of(), List.of(), List.of(), null, List.of(), null)
                : new StatementForm(
                        team,
                        existing.aim(),
                        existing.goals().stream().map(g -> g.id()).toList(),
                        existing.userGoals().stream().map(g -> g.id()).toList(),
                        existing.kpis().stream()
                                .map(k -> new KpiRow(k.kpi().id(), k.effect()))
                                .toList(),
                        existing.capacity(),
                        existing.needs().stream()
                                .map(n -> new NeedRow(n.team().id(), n.personWeeks()))
                                .toList(),
                        existing.version());
        model.addAttribute("statementForm", form);
        return statementPage(workspace, session, existing != null, model);
    }

    @PostMapping("/w/{slug}/discovery/{sessionId}/statement")
    String putStatement(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            @ModelAttribute("statementForm") StatementForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        SessionView session = sessions.get(slug, me.id(), sessionId);
        boolean editing = form.version() != null;
        if (form.teamId() == null) {
            result.rejectValue("teamId", "required", "Choose the team whose goals these are.");
        } else if (!editing
                && session.statements().stream().anyMatch(s -> s.team().id() == form.teamId())) {
            result.rejectValue(
                    "teamId", "stated", "This team has stated its goals already: edit its statement instead.");
        }
        if (result.hasErrors()) {
            // the rest of the values too, so every wrong field shows at once
            Forms.check(result, () -> sessions.checkStatement(slug, me.id(), sessionId, form.input()), form::formField);
        }
        return Forms.submit(
                result,
                () -> {
                    SessionView saved = sessions.putStatement(
                            slug, me.id(), sessionId, form.teamId(), form.input(), form.version());
                    String team = saved.statements().stream()
                            .filter(s -> s.team().id() == form.teamId())
                            .map(s -> s.team().name())
                            .findFirst()
                            .orElse("The team");
                    redirect.addFlashAttribute("flash", team + "'s goals are stated, side by side with the others.");
                    return Forms.redirect(slug, "discovery", sessionId);
                },
                () -> statementPage(workspace, session, editing, model),
                form::formField);
    }

    private String statementPage(WorkspaceContext workspace, SessionView session, boolean editing, Model model) {
        List<TeamView> teams = workspaces.allTeams(workspace);
        List<KpiView> allKpis = kpis.all(workspace);
        if (model.getAttribute("statementForm") instanceof StatementForm form) {
            model.addAttribute("kpiRows", form.kpiRows(allKpis));
            model.addAttribute("needRows", form.needRows(teams));
        }
        model.addAttribute("workspace", workspace);
        model.addAttribute("discoverySession", session);
        model.addAttribute("editing", editing);
        model.addAttribute("teams", teams);
        model.addAttribute("allKpis", allKpis);
        model.addAttribute("effects", KpiEffect.values());
        model.addAttribute("goals", goals.all(workspace));
        model.addAttribute("userGoals", personas.allUserGoals(workspace));
        return "discovery/statement-form";
    }

    // ---- an initiative from the session ---------------------------------------------------------

    @GetMapping("/w/{slug}/discovery/{sessionId}/initiatives/new")
    String initiativeForm(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        SessionView session = sessions.get(slug, me.id(), sessionId);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        model.addAttribute(
                "initiativeForm",
                new InitiativeForm(
                        "",
                        null,
                        session.hostTeam() == null ? null : session.hostTeam().id(),
                        me.id(),
                        today,
                        today.plusWeeks(6),
                        false));
        return initiativePage(workspace, session, model);
    }

    @PostMapping("/w/{slug}/discovery/{sessionId}/initiatives")
    String createInitiative(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long sessionId,
            @ModelAttribute("initiativeForm") InitiativeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        SessionView session = sessions.get(slug, me.id(), sessionId);
        return Forms.submit(
                result,
                () -> {
                    sessions.createInitiative(slug, me.id(), sessionId, form.input(session));
                    redirect.addFlashAttribute("flash", "Initiative " + form.title() + " proposed from this session.");
                    return Forms.redirect(slug, "discovery", sessionId);
                },
                () -> initiativePage(workspace, session, model));
    }

    private String initiativePage(WorkspaceContext workspace, SessionView session, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("discoverySession", session);
        model.addAttribute("teams", workspaces.allTeams(workspace));
        model.addAttribute("kinds", InitiativeKind.values());
        model.addAttribute(
                "members",
                workspaces
                        .members(workspace.slug(), workspace.userId(), Pageable.unpaged())
                        .getContent());
        return "discovery/initiative-form";
    }
}
