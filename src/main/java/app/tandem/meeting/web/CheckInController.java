package app.tandem.meeting.web;

import app.tandem.goal.Goals;
import app.tandem.identity.TandemPrincipal;
import app.tandem.initiative.Roadmaps;
import app.tandem.initiative.WorkspaceWork;
import app.tandem.meeting.ActionItemInput;
import app.tandem.meeting.ActionItemState;
import app.tandem.meeting.ActionItemView;
import app.tandem.meeting.AgendaItemView;
import app.tandem.meeting.CadenceInput;
import app.tandem.meeting.CadenceView;
import app.tandem.meeting.CheckInEdit;
import app.tandem.meeting.CheckInState;
import app.tandem.meeting.CheckInSummary;
import app.tandem.meeting.CheckInView;
import app.tandem.meeting.CheckIns;
import app.tandem.meeting.DecisionInput;
import app.tandem.meeting.DecisionState;
import app.tandem.meeting.DecisionView;
import app.tandem.meeting.Frequency;
import app.tandem.meeting.Minutes;
import app.tandem.meeting.Ref;
import app.tandem.meeting.rules.CadenceDates;
import app.tandem.support.DayWords;
import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.support.InvalidInput;
import app.tandem.support.Paging;
import app.tandem.workspace.MemberView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Check-ins in the browser: the list with the cadences, a cadence's form, and a check-in's page, on
 * which people move or cancel it, generate and arrange its agenda, and write its minutes (attendance,
 * notes per item, decisions, action items, each changed on a form of its own or deleted after asking); the minutes as a printable page and as Markdown. Every rule
 * is the services'; each form shows their refusals beside its fields, with what was typed.
 */
@Controller
class CheckInController {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final Workspaces workspaces;
    private final CheckIns checkIns;
    private final Minutes minutes;
    private final Goals goals;
    private final Roadmaps roadmaps;
    private final Paging paging;
    private final Clock clock = Clock.systemUTC();

    CheckInController(
            Workspaces workspaces, CheckIns checkIns, Minutes minutes, Goals goals, Roadmaps roadmaps, Paging paging) {
        this.workspaces = workspaces;
        this.checkIns = checkIns;
        this.minutes = minutes;
        this.goals = goals;
        this.roadmaps = roadmaps;
        this.paging = paging;
    }

    record CadenceForm(
            @Nullable String title,
            @Nullable Long goalId,
            @Nullable Frequency frequency,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate firstDate,

            @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime startTime,

            @Nullable Integer durationMinutes,
            @Nullable String place,
            @Nullable String timeZone,
            @Nullable Long version) {

        static CadenceForm empty(LocalDate today) {
            return new CadenceForm(
                    "Monthly check-in", null, Frequency.MONTHLY, today, LocalTime.of(10, 0), 60, "", "UTC", null);
        }

        static CadenceForm of(CadenceView c) {
            return new CadenceForm(
                    c.title(),
                    c.goal() == null ? null : c.goal().id(),
                    c.frequency(),
                    c.firstDate(),
                    c.startTime(),
                    c.durationMinutes(),
                    c.place(),
                    c.timeZone(),
                    c.version());
        }

        CadenceInput input() {
            return new CadenceInput(title, goalId, frequency, firstDate, startTime, durationMinutes, place, timeZone);
        }
    }

    record MoveForm(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,

            @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime startTime,

            @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime endTime,

            @Nullable String place,
            @Nullable Long version) {

        static MoveForm of(CheckInSummary c) {
            return new MoveForm(c.date(), c.startTime(), c.endTime(), c.place(), c.version());
        }
    }

    record ItemForm(@Nullable String title, @Nullable String detail) {}

    record AttendanceForm(
            @Nullable List<Long> attendeeIds, @Nullable Long version) {}

    record DecisionForm(
            @Nullable String what,
            @Nullable String why,
            @Nullable String reprioritised,
            @Nullable List<@Nullable Long> initiativeIds,
            @Nullable List<@Nullable Long> goalIds,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate due,

            @Nullable DecisionState state,
            @Nullable Long version) {

        static DecisionForm empty() {
            return new DecisionForm("", "", "", List.of(), List.of(), null, null, null);
        }

        /** A decision as its edit form opens it, at the version it was read at. */
        static DecisionForm of(DecisionView d) {
            return new DecisionForm(
                    d.what(),
                    d.why(),
                    d.reprioritised(),
                    d.initiatives().stream().map(r -> (@Nullable Long) r.id()).toList(),
                    d.goals().stream().map(r -> (@Nullable Long) r.id()).toList(),
                    d.due(),
                    d.state(),
                    d.version());
        }

        DecisionInput input() {
            return new DecisionInput(what, why, reprioritised, initiativeIds, goalIds, due, state);
        }
    }

    record ActionItemForm(
            @Nullable String text,
            @Nullable Long ownerId,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate due,

            @Nullable ActionItemState state,
            @Nullable Long version) {

        static ActionItemForm empty() {
            return new ActionItemForm("", null, null, null, null);
        }

        /** An action item as its edit form opens it, at the version it was read at. */
        static ActionItemForm of(ActionItemView a) {
            return new ActionItemForm(a.text(), a.owner().id(), a.due(), a.state(), a.version());
        }

        /** What the form says; a new one (no state sent) is open. */
        ActionItemInput input() {
            return new ActionItemInput(text, ownerId, due, state == null ? ActionItemState.OPEN : state);
        }
    }

    // ---- list and cadences -----------------------------------------------------------------------

    @GetMapping("/w/{slug}/check-ins")
    String list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        checkIns.keepAhead(slug, me.id());
        Page<CheckInSummary> found = checkIns.list(slug, me.id(), null, paging.of(page, null, Sort.unsorted()));
        model.addAttribute("workspace", workspace);
        model.addAttribute("cadences", checkIns.cadences(slug, me.id()));
        model.addAttribute("checkIns", found);
        model.addAttribute("pageUrl", "/w/" + slug + "/check-ins");
        model.addAttribute("day", DAY);
        return "meeting/check-ins";
    }

    @GetMapping("/w/{slug}/check-ins/cadences/new")
    String newCadence(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        // a weekday from tomorrow: today's start time may have passed, and a first check-in is one to come
        model.addAttribute(
                "cadenceForm",
                CadenceForm.empty(CadenceDates.weekdayFrom(LocalDate.now(clock).plusDays(1))));
        return cadencePage(workspace, null, model);
    }

    @PostMapping("/w/{slug}/check-ins/cadences")
    String createCadence(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @ModelAttribute("cadenceForm") CadenceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        return Forms.submit(
                result,
                () -> {
                    CadenceView cadence = checkIns.createCadence(slug, me.id(), form.input());
                    redirect.addFlashAttribute("flash", cadence.title() + " set up: its next dates are listed below.");
                    return Forms.redirect(slug, "check-ins");
                },
                () -> cadencePage(workspace, null, model));
    }

    @GetMapping("/w/{slug}/check-ins/cadences/{cadenceId}/edit")
    String editCadence(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long cadenceId,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        CadenceView cadence = checkIns.cadence(slug, me.id(), cadenceId);
        model.addAttribute("cadenceForm", CadenceForm.of(cadence));
        return cadencePage(workspace, cadence, model);
    }

    @PostMapping("/w/{slug}/check-ins/cadences/{cadenceId}")
    String updateCadence(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long cadenceId,
            @ModelAttribute("cadenceForm") CadenceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        CadenceView cadence = checkIns.cadence(slug, me.id(), cadenceId);
        return Forms.submit(
                result,
                () -> {
                    CadenceView saved = checkIns.updateCadence(
                            slug, me.id(), cadenceId, form.input(), form.version() == null ? -1 : form.version());
                    boolean newRhythm = saved.frequency() != cadence.frequency()
                            || !saved.firstDate().equals(cadence.firstDate());
                    redirect.addFlashAttribute(
                            "flash",
                            newRhythm
                                    ? saved.title()
                                            + " saved: the new dates are listed below. The old rhythm's dates to"
                                            + " come are cancelled (calendars are told), except those moved by hand."
                                    : saved.title() + " saved: the check-ins to come follow, unless one was moved.");
                    return Forms.redirect(slug, "check-ins");
                },
                () -> cadencePage(workspace, cadence, model));
    }

    private String cadencePage(WorkspaceContext workspace, @Nullable CadenceView editing, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("editing", editing);
        model.addAttribute("goals", goals.all(workspace));
        model.addAttribute("frequencies", Frequency.values());
        return "meeting/cadence-form";
    }

    // ---- a check-in ----------------------------------------------------------------------------

    @GetMapping("/w/{slug}/check-ins/{checkInId}")
    String checkIn(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            Model model) {
        CheckInView view = checkIns.open(slug, me.id(), checkInId);
        return page(me, slug, view, model);
    }

    private String page(TandemPrincipal me, String slug, Model model, long checkInId) {
        return page(me, slug, checkIns.get(slug, me.id(), checkInId), model);
    }

    private String page(TandemPrincipal me, String slug, CheckInView view, Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        model.addAttribute("workspace", workspace);
        model.addAttribute("view", view);
        model.addAttribute("c", view.checkIn());
        model.addAttribute("day", DAY);
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("moveForm")) {
            model.addAttribute("moveForm", MoveForm.of(view.checkIn()));
        }
        if (!model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", new ItemForm("", ""));
        }
        if (!model.containsAttribute("attendanceForm")) {
            model.addAttribute(
                    "attendanceForm",
                    new AttendanceForm(view.attendees().stream().map(Ref::id).toList(), view.version()));
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", DecisionForm.empty());
        }
        if (!model.containsAttribute("actionItemForm")) {
            model.addAttribute("actionItemForm", ActionItemForm.empty());
        }
        model.addAttribute("members", members(me, slug));
        choices(workspace, model);
        return "meeting/check-in";
    }

    /** The business goals and initiatives a decision may concern, for its forms. */
    private void choices(WorkspaceContext workspace, Model model) {
        model.addAttribute("goals", goals.all(workspace));
        model.addAttribute(
                "initiatives",
                roadmaps.work(workspace).initiatives().stream()
                        .sorted(Comparator.comparing(WorkspaceWork.Work::title, String.CASE_INSENSITIVE_ORDER))
                        .toList());
    }

    @PostMapping("/w/{slug}/check-ins/{checkInId}")
    String move(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @ModelAttribute("moveForm") MoveForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        workspaces.accessToChange(slug, me.id());
        return Forms.submit(
                result,
                () -> {
                    checkIns.edit(
                            slug,
                            me.id(),
                            checkInId,
                            new CheckInEdit(form.date(), form.startTime(), form.endTime(), form.place()),
                            form.version() == null ? -1 : form.version());
                    redirect.addFlashAttribute("flash", "Check-in moved; calendars will show the change.");
                    return Forms.redirect(slug, "check-ins", checkInId);
                },
                () -> {
                    model.addAttribute("moveOpen", true);
                    return page(me, slug, model, checkInId);
                });
    }

    /**
     * Asks before a check-in is cancelled: it leaves everyone's calendar and cannot be brought back. A
     * check-in that took place is not offered it (its page has no cancel link, and a forged post is
     * refused with the reason above the page).
     */
    @GetMapping("/w/{slug}/check-ins/{checkInId}/cancel")
    String confirmCancel(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        CheckInView view = checkIns.get(slug, me.id(), checkInId);
        // one cancelled already, or one that took place (not cancelled afterwards), goes back to its page
        if (view.checkIn().state() == CheckInState.CANCELLED || view.checkIn().held()) {
            return "redirect:/w/" + slug + "/check-ins/" + checkInId;
        }
        model.addAttribute("workspace", workspace);
        model.addAttribute("c", view.checkIn());
        model.addAttribute("day", DAY);
        return "meeting/check-in-cancel";
    }

    @PostMapping("/w/{slug}/check-ins/{checkInId}/cancel")
    String cancel(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return act(
                slug,
                checkInId,
                redirect,
                "This check-in is cancelled; it stays listed as cancelled.",
                () -> checkIns.cancel(slug, me.id(), checkInId, version));
    }

    @PostMapping("/w/{slug}/check-ins/{checkInId}/agenda")
    String generate(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            RedirectAttributes redirect) {
        return act(
                slug,
                checkInId,
                redirect,
                "Agenda generated from what changed; items you added stay, items you removed stay removed.",
                () -> checkIns.generateAgenda(slug, me.id(), checkInId));
    }

    @PostMapping("/w/{slug}/check-ins/{checkInId}/agenda/items")
    String addItem(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @ModelAttribute("itemForm") ItemForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        workspaces.accessToChange(slug, me.id());
        return Forms.submit(
                result,
                () -> {
                    AgendaItemView added =
                            checkIns.addAgendaItem(slug, me.id(), checkInId, form.title(), form.detail());
                    redirect.addFlashAttribute("flash", "Added to the agenda.");
                    // to the new item, at the end of what may be a long agenda
                    return Forms.redirect(slug, "check-ins", checkInId + "#item-" + added.id());
                },
                () -> page(me, slug, model, checkInId));
    }

    @PostMapping("/w/{slug}/check-ins/{checkInId}/agenda/items/{itemId}/move")
    String moveItem(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long itemId,
            @RequestParam String direction,
            RedirectAttributes redirect) {
        int by = "up".equals(direction) ? -1 : 1;
        return act(
                slug,
                checkInId,
                redirect,
                "Moved " + ("up".equals(direction) ? "up." : "down."),
                () -> checkIns.move(slug, me.id(), checkInId, itemId, by),
                "#item-" + itemId);
    }

    @PostMapping("/w/{slug}/check-ins/{checkInId}/agenda/items/{itemId}/remove")
    String removeItem(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long itemId,
            RedirectAttributes redirect) {
        return act(
                slug,
                checkInId,
                redirect,
                "Removed from the agenda.",
                () -> checkIns.removeAgendaItem(slug, me.id(), checkInId, itemId),
                "#agenda");
    }

    @PostMapping("/w/{slug}/check-ins/{checkInId}/agenda/items/{itemId}/notes")
    String noteItem(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long itemId,
            @RequestParam(required = false) @Nullable String notes,
            @RequestParam(required = false) @Nullable Long notesVersion,
            RedirectAttributes redirect) {
        try {
            if (notesVersion == null) {
                throw new InvalidInput(
                        "notesVersion", "Reload the page: the form did not say which notes it started from.");
            }
            checkIns.note(slug, me.id(), checkInId, itemId, notes, notesVersion);
            redirect.addFlashAttribute("flash", "Notes saved.");
        } catch (DomainException e) {
            if (e.isAccessProblem()) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
            // what was typed comes back in the item's box, beside the notes saved now (plain values: a
            // flash attribute is kept in the session, which may be the database's)
            redirect.addFlashAttribute("notesDraftItem", itemId);
            redirect.addFlashAttribute("notesDraft", notes == null ? "" : notes);
        }
        return Forms.redirect(slug, "check-ins", checkInId + "#item-" + itemId);
    }

    @PostMapping("/w/{slug}/check-ins/{checkInId}/attendance")
    String attend(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @ModelAttribute("attendanceForm") AttendanceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        workspaces.accessToChange(slug, me.id());
        return Forms.submit(
                result,
                () -> {
                    List<Long> ids = form.attendeeIds() == null ? List.of() : form.attendeeIds();
                    minutes.attend(
                            slug, me.id(), checkInId, List.copyOf(ids), form.version() == null ? -1 : form.version());
                    redirect.addFlashAttribute("flash", "Attendance saved.");
                    return Forms.redirect(slug, "check-ins", checkInId + "#minutes");
                },
                () -> page(me, slug, model, checkInId));
    }

    @PostMapping("/w/{slug}/check-ins/{checkInId}/decisions")
    String decide(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        workspaces.accessToChange(slug, me.id());
        return Forms.submit(
                result,
                () -> {
                    var decision = minutes.addDecision(slug, me.id(), checkInId, form.input());
                    redirect.addFlashAttribute(
                            "flash",
                            "Decision recorded: " + decision.what()
                                    + DayWords.passed(decision.due(), LocalDate.now(clock)));
                    return Forms.redirect(slug, "check-ins", checkInId + "#decision-" + decision.id());
                },
                () -> page(me, slug, model, checkInId));
    }

    @PostMapping("/w/{slug}/check-ins/{checkInId}/decisions/{decisionId}/made")
    String made(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long decisionId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return act(
                slug,
                checkInId,
                redirect,
                "Decision marked as made.",
                () -> minutes.markMade(slug, me.id(), checkInId, decisionId, version),
                "#decision-" + decisionId);
    }

    /** A decision's edit form, opened at the version it was read at (members and admins). */
    @GetMapping("/w/{slug}/check-ins/{checkInId}/decisions/{decisionId}/edit")
    String editDecision(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long decisionId,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        DecisionView decision = minutes.decision(slug, me.id(), checkInId, decisionId);
        CheckInSummary c = checkIns.get(slug, me.id(), checkInId).checkIn();
        if (c.state() == CheckInState.CANCELLED) {
            return Forms.redirect(slug, "check-ins", checkInId + "#decision-" + decisionId);
        }
        model.addAttribute("decisionForm", DecisionForm.of(decision));
        return decisionPage(workspace, c, decision, model);
    }

    @PostMapping("/w/{slug}/check-ins/{checkInId}/decisions/{decisionId}")
    String updateDecision(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long decisionId,
            @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        DecisionView decision = minutes.decision(slug, me.id(), checkInId, decisionId);
        CheckInSummary c = checkIns.get(slug, me.id(), checkInId).checkIn();
        return Forms.submit(
                result,
                () -> {
                    DecisionView saved = minutes.updateDecision(
                            slug, me.id(), checkInId, decisionId, form.input(), Forms.version(form.version()));
                    redirect.addFlashAttribute(
                            "flash",
                            "Decision saved: " + saved.what() + DayWords.passed(saved.due(), LocalDate.now(clock)));
                    return Forms.redirect(slug, "check-ins", checkInId + "#decision-" + decisionId);
                },
                () -> decisionPage(workspace, c, decision, model));
    }

    private String decisionPage(WorkspaceContext workspace, CheckInSummary c, DecisionView decision, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("c", c);
        model.addAttribute("day", DAY);
        model.addAttribute("decision", decision);
        choices(workspace, model);
        return "meeting/decision-form";
    }

    /** Deletes a decision recorded by mistake; the page asks first ({@code data-confirm}). */
    @PostMapping("/w/{slug}/check-ins/{checkInId}/decisions/{decisionId}/delete")
    String deleteDecision(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long decisionId,
            RedirectAttributes redirect) {
        DecisionView decision = minutes.decision(slug, me.id(), checkInId, decisionId);
        return act(
                slug,
                checkInId,
                redirect,
                "Decision deleted: " + decision.what(),
                () -> minutes.deleteDecision(slug, me.id(), checkInId, decisionId, null),
                "#minutes");
    }

    @PostMapping("/w/{slug}/check-ins/{checkInId}/action-items")
    String addActionItem(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @ModelAttribute("actionItemForm") ActionItemForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        workspaces.accessToChange(slug, me.id());
        return Forms.submit(
                result,
                () -> {
                    ActionItemView item = minutes.addActionItem(slug, me.id(), checkInId, form.input());
                    redirect.addFlashAttribute(
                            "flash",
                            "Action item for " + item.owner().name() + " recorded; they will be told."
                                    + DayWords.passed(item.due(), LocalDate.now(clock)));
                    return Forms.redirect(slug, "check-ins", checkInId + "#action-item-" + item.id());
                },
                () -> page(me, slug, model, checkInId));
    }

    @PostMapping("/w/{slug}/check-ins/{checkInId}/action-items/{itemId}/state")
    String actionItemState(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long itemId,
            @RequestParam ActionItemState state,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return act(
                slug,
                checkInId,
                redirect,
                state == ActionItemState.DONE ? "Action item done." : "Action item open again.",
                () -> minutes.changeState(slug, me.id(), checkInId, itemId, state, version),
                "#action-item-" + itemId);
    }

    /**
     * An action item's edit form, opened at the version it was read at (members and admins; as over the
     * API, one of a cancelled check-in is still changed, so that it can be done).
     */
    @GetMapping("/w/{slug}/check-ins/{checkInId}/action-items/{itemId}/edit")
    String editActionItem(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long itemId,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        ActionItemView item = minutes.actionItem(slug, me.id(), checkInId, itemId);
        model.addAttribute("actionItemForm", ActionItemForm.of(item));
        return actionItemPage(me, workspace, checkInId, item, model);
    }

    @PostMapping("/w/{slug}/check-ins/{checkInId}/action-items/{itemId}")
    String updateActionItem(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long itemId,
            @ModelAttribute("actionItemForm") ActionItemForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        ActionItemView item = minutes.actionItem(slug, me.id(), checkInId, itemId);
        return Forms.submit(
                result,
                () -> {
                    ActionItemView saved = minutes.updateActionItem(
                            slug, me.id(), checkInId, itemId, form.input(), Forms.version(form.version()));
                    redirect.addFlashAttribute(
                            "flash",
                            "Action item saved"
                                    + (saved.owner().id() == item.owner().id()
                                            ? "."
                                            : "; " + saved.owner().name() + " will be told.")
                                    + DayWords.passed(saved.due(), LocalDate.now(clock)));
                    return Forms.redirect(slug, "check-ins", checkInId + "#action-item-" + itemId);
                },
                () -> actionItemPage(me, workspace, checkInId, item, model));
    }

    private String actionItemPage(
            TandemPrincipal me, WorkspaceContext workspace, long checkInId, ActionItemView item, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute(
                "c", checkIns.get(workspace.slug(), me.id(), checkInId).checkIn());
        model.addAttribute("day", DAY);
        model.addAttribute("item", item);
        model.addAttribute("members", members(me, workspace.slug()));
        model.addAttribute("states", ActionItemState.values());
        return "meeting/action-item-form";
    }

    /** Deletes an action item recorded by mistake; the page asks first ({@code data-confirm}). */
    @PostMapping("/w/{slug}/check-ins/{checkInId}/action-items/{itemId}/delete")
    String deleteActionItem(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            @PathVariable long itemId,
            RedirectAttributes redirect) {
        ActionItemView item = minutes.actionItem(slug, me.id(), checkInId, itemId);
        return act(
                slug,
                checkInId,
                redirect,
                "Action item deleted: " + item.text(),
                () -> minutes.deleteActionItem(slug, me.id(), checkInId, itemId, null),
                "#minutes");
    }

    private List<MemberView> members(TandemPrincipal me, String slug) {
        return workspaces.members(slug, me.id(), Pageable.unpaged()).getContent().stream()
                .sorted(Comparator.comparing(MemberView::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    // ---- minutes -------------------------------------------------------------------------------

    @GetMapping("/w/{slug}/check-ins/{checkInId}/minutes")
    String printable(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long checkInId,
            Model model) {
        model.addAttribute("workspace", workspaces.access(slug, me.id()));
        CheckInView view = checkIns.get(slug, me.id(), checkInId);
        model.addAttribute("view", view);
        model.addAttribute("c", view.checkIn());
        model.addAttribute("day", DAY);
        return "meeting/minutes";
    }

    @GetMapping(value = "/w/{slug}/check-ins/{checkInId}/minutes.md")
    ResponseEntity<String> markdown(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long checkInId) {
        CheckInView view = checkIns.get(slug, me.id(), checkInId);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"check-in-" + view.checkIn().date() + ".md\"")
                .body(MinutesMarkdown.of(view));
    }

    /** Runs a one-button change and goes back to the check-in, with its refusal above the page if any. */
    private String act(String slug, long checkInId, RedirectAttributes redirect, String done, Runnable action) {
        return act(slug, checkInId, redirect, done, action, "");
    }

    private String act(
            String slug, long checkInId, RedirectAttributes redirect, String done, Runnable action, String anchor) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (DomainException e) {
            if (e.isAccessProblem()) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return Forms.redirect(slug, "check-ins", checkInId + anchor);
    }
}
