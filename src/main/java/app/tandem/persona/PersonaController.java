package app.tandem.persona;

import app.tandem.identity.TandemPrincipal;
import app.tandem.persona.SharedPersonaBuilder.Action;
import app.tandem.persona.SharedPersonaBuilder.Decision;
import app.tandem.persona.SharedPersonaBuilder.Draft;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.Forms;
import app.tandem.support.Paging;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
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

/** Personas in the browser: cards, the one-page profile, create, edit, delete, build a shared persona. */
@Controller
class PersonaController {

    /** What a form says of text over its field's limit (the limit filled in by Bean Validation). */
    static final String AT_MOST = "At most {max} characters.";
    /** An importance outside 1–5 (a changed page: the form offers those alone). */
    static final String IMPORTANCE = "Choose an importance from 1 (nice to have) to 5 (essential).";

    private final Personas personas;
    private final Workspaces workspaces;
    private final Paging paging;

    PersonaController(Personas personas, Workspaces workspaces, Paging paging) {
        this.personas = personas;
        this.workspaces = workspaces;
        this.paging = paging;
    }

    /**
     * A persona as a form: lists one per line, demographics as "Label: value" lines. {@code version}
     * is the version the edit form was opened on (none for a new persona): a persona changed since is
     * not overwritten.
     */
    record PersonaForm(
            @NotBlank(message = "Give the persona a name, such as \"Frugal freelancer\".") @Size(max = Persona.MAX_NAME, message = AT_MOST) String name,

            @Size(max = Persona.MAX_SUMMARY, message = AT_MOST) @Nullable String summary,

            @Nullable Long teamId,

            @Size(max = Persona.MAX_QUOTE, message = AT_MOST) @Nullable String quote,

            @Nullable String demographics,
            @Nullable String motivations,
            @Nullable String frustrations,
            @Nullable String goals,
            @Nullable Long version) {

        static PersonaForm empty() {
            return new PersonaForm("", "", null, "", "", "", "", "", null);
        }

        static PersonaForm of(PersonaView p) {
            return new PersonaForm(
                    p.name(),
                    p.summary(),
                    p.teamId(),
                    p.quote(),
                    p.demographics().stream()
                            .map(f -> f.label() + ": " + f.value())
                            .collect(Collectors.joining("\n")),
                    String.join("\n", p.motivations()),
                    String.join("\n", p.frustrations()),
                    String.join("\n", p.goals()),
                    p.version());
        }

        Personas.PersonaData data() {
            return new Personas.PersonaData(
                    name,
                    blankToEmpty(summary),
                    teamId,
                    blankToEmpty(quote),
                    facts(demographics),
                    lines(motivations),
                    lines(frustrations),
                    lines(goals));
        }
    }

    record UserGoalForm(
            @NotBlank(message = "Write the goal as the user would say it: \"Help me ...\"") @Size(max = UserGoal.MAX_SENTENCE, message = AT_MOST) String sentence,

            @NotNull(message = "Choose an importance.") @Min(value = 1, message = IMPORTANCE) @Max(value = 5, message = IMPORTANCE) Integer importance,

            @Size(max = UserGoal.MAX_HOW_WE_KNOW, message = AT_MOST) @Nullable String howWeKnow) {

        static UserGoalForm empty() {
            return new UserGoalForm("", 3, "");
        }
    }

    /** The draft of a shared persona: what to call it, and a decision ("KEEP", "DROP", "MERGE:g2") per row. */
    record DraftForm(
            @NotBlank(message = "Give the shared persona a name.") @Size(max = Persona.MAX_NAME, message = AT_MOST) String name,

            @Size(max = Persona.MAX_SUMMARY, message = AT_MOST) @Nullable String summary,

            @Size(max = Persona.MAX_QUOTE, message = AT_MOST) @Nullable String quote,

            @Nullable List<Long> from,
            @Nullable Map<String, String> decision,
            @Nullable Map<String, String> text) {}

    static List<String> lines(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static List<Fact> facts(@Nullable String text) {
        List<Fact> facts = new ArrayList<>();
        for (String line : lines(text)) {
            int colon = line.indexOf(':');
            facts.add(
                    colon < 0
                            // (no label: refused beside the field, as "label: value" with one missing is,
                            // rather than saved under a label nobody wrote)
                            ? new Fact("", line)
                            : new Fact(
                                    line.substring(0, colon).strip(),
                                    line.substring(colon + 1).strip()));
        }
        return facts;
    }

    private static String blankToEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    // ---- list and profile ---------------------------------------------------------------------

    @GetMapping("/w/{slug}/personas")
    String list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable PersonaKind kind,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute("workspace", workspaces.access(slug, me.id()));
        model.addAttribute(
                "personas", personas.list(slug, me.id(), kind, null, paging.of(page, null, Sort.unsorted())));
        model.addAttribute("kind", kind);
        return "persona/list";
    }

    @GetMapping("/w/{slug}/personas/{id}")
    String profile(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            Model model) {
        model.addAttribute("goalForm", UserGoalForm.empty());
        return profilePage(me, slug, id, model);
    }

    private String profilePage(TandemPrincipal me, String slug, long id, Model model) {
        WorkspaceContext context = workspaces.access(slug, me.id());
        model.addAttribute("workspace", context);
        model.addAttribute("persona", personas.persona(slug, me.id(), id));
        List<UserGoalView> goals = personas.userGoalsOf(context, id);
        model.addAttribute("goals", goals);
        model.addAttribute(
                "goalEvidence",
                personas.insightCounts(
                        slug, me.id(), goals.stream().map(UserGoalView::id).toList()));
        return "persona/profile";
    }

    @PostMapping("/w/{slug}/personas/{id}/user-goals")
    String addGoal(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @ModelAttribute("goalForm") UserGoalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                result,
                () -> {
                    personas.addUserGoal(slug, me.id(), id, form.sentence(), form.importance(), form.howWeKnow());
                    redirect.addFlashAttribute("flash", "User goal added.");
                    return Forms.redirect(slug, "personas", id);
                },
                () -> profilePage(me, slug, id, model));
    }

    // ---- create and edit ----------------------------------------------------------------------

    @GetMapping("/w/{slug}/personas/new")
    String newPersona(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, Model model) {
        model.addAttribute("personaForm", PersonaForm.empty());
        return formPage(me, slug, null, model);
    }

    @PostMapping("/w/{slug}/personas")
    String create(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @ModelAttribute("personaForm") PersonaForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            Forms.check(result, () -> personas.check(slug, me.id(), null, form.data()));
        }
        return Forms.submit(
                result,
                () -> {
                    PersonaView persona = personas.createTeamPersona(slug, me.id(), form.data());
                    redirect.addFlashAttribute("flash", "Persona " + persona.name() + " created.");
                    return Forms.redirect(slug, "personas", persona.id());
                },
                () -> formPage(me, slug, null, model));
    }

    @GetMapping("/w/{slug}/personas/{id}/edit")
    String edit(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            Model model) {
        model.addAttribute("personaForm", PersonaForm.of(personas.persona(slug, me.id(), id)));
        return formPage(me, slug, id, model);
    }

    @PostMapping("/w/{slug}/personas/{id}/edit")
    String update(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @ModelAttribute("personaForm") PersonaForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            Forms.check(result, () -> personas.check(slug, me.id(), id, form.data()));
        }
        return Forms.submit(
                result,
                () -> {
                    PersonaView persona =
                            personas.update(slug, me.id(), id, form.data(), Forms.version(form.version()));
                    redirect.addFlashAttribute("flash", "Persona " + persona.name() + " saved.");
                    return Forms.redirect(slug, "personas", id);
                },
                () -> {
                    if (PersonaChanges.refusedAsStale(result)) {
                        model.addAttribute(
                                "theirChanges", PersonaChanges.between(form, personas.persona(slug, me.id(), id)));
                    }
                    return formPage(me, slug, id, model);
                });
    }

    private String formPage(TandemPrincipal me, String slug, @Nullable Long id, Model model) {
        WorkspaceContext context = workspaces.accessToChange(slug, me.id());
        model.addAttribute("workspace", context);
        model.addAttribute("teams", workspaces.allTeams(context));
        model.addAttribute("persona", id == null ? null : personas.persona(slug, me.id(), id));
        return "persona/form";
    }

    // ---- delete -------------------------------------------------------------------------------

    @GetMapping("/w/{slug}/personas/{id}/delete")
    String confirmDelete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            Model model) {
        model.addAttribute("workspace", workspaces.accessToChange(slug, me.id()));
        model.addAttribute("persona", personas.persona(slug, me.id(), id));
        model.addAttribute("dependents", personas.dependentsOf(slug, me.id(), id));
        return "persona/delete";
    }

    @PostMapping("/w/{slug}/personas/{id}/delete")
    String delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        PersonaView persona = personas.persona(slug, me.id(), id);
        try {
            personas.delete(slug, me.id(), id, version);
        } catch (ConcurrentChange e) {
            return Forms.deleteAgain(redirect, e, slug, "personas", id, "delete");
        } catch (PersonaInUse e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return Forms.redirect(slug, "personas", id, "delete");
        }
        redirect.addFlashAttribute("flash", "Persona " + persona.name() + " is deleted.");
        return Forms.redirect(slug, "personas");
    }

    // ---- build a shared persona ---------------------------------------------------------------

    /**
     * The first step of a shared persona: choose team personas ({@code from}), then the draft lays
     * them side by side. {@code compare} comes with the chooser's button, so a press with fewer than
     * two ticked (none sends no {@code from} at all) is told so instead of showing the chooser as if
     * nothing had happened.
     */
    @GetMapping("/w/{slug}/personas/shared/new")
    String buildShared(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable List<Long> from,
            @RequestParam(required = false) @Nullable String compare,
            Model model) {
        WorkspaceContext context = workspaces.accessToChange(slug, me.id());
        model.addAttribute("workspace", context);
        List<PersonaRef> teamPersonas = personas.refs(context).stream()
                .filter(p -> p.kind() == PersonaKind.TEAM)
                .toList();
        model.addAttribute("teamPersonas", teamPersonas);
        List<Long> chosen = from == null ? List.of() : from.stream().distinct().toList();
        if (chosen.size() < 2) {
            model.addAttribute("chosen", chosen);
            model.addAttribute("tooFew", from != null || compare != null);
            return "persona/shared-choose";
        }
        Draft draft = personas.draft(slug, me.id(), chosen);
        Map<String, String> decisions = new LinkedHashMap<>();
        draft.rows().forEach(r -> decisions.put(r.key(), "KEEP"));
        String names =
                draft.sources().stream().map(SharedPersonaBuilder.Source::name).collect(Collectors.joining(" + "));
        model.addAttribute(
                "draftForm", new DraftForm("", "Built from " + names + ".", "", chosen, decisions, Map.of()));
        return draftPage(draft, model);
    }

    @PostMapping("/w/{slug}/personas/shared")
    String saveShared(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @ModelAttribute("draftForm") DraftForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext context = workspaces.accessToChange(slug, me.id());
        List<Long> from = form.from() == null ? List.of() : form.from();
        Draft draft = personas.draft(slug, me.id(), from);
        return Forms.submit(
                result,
                () -> {
                    PersonaView persona = personas.buildSharedPersona(
                            slug,
                            me.id(),
                            from,
                            new Personas.PersonaData(
                                    form.name(),
                                    blankToEmpty(form.summary()),
                                    null,
                                    blankToEmpty(form.quote()),
                                    null,
                                    null,
                                    null,
                                    null),
                            decisions(form));
                    redirect.addFlashAttribute(
                            "flash",
                            "Shared persona " + persona.name() + " created from "
                                    + persona.builtFrom().size() + " team personas.");
                    return Forms.redirect(slug, "personas", persona.id());
                },
                () -> {
                    model.addAttribute("workspace", context);
                    return draftPage(draft, model);
                });
    }

    private static Map<String, Decision> decisions(DraftForm form) {
        Map<String, Decision> decisions = new LinkedHashMap<>();
        Map<String, String> texts = form.text() == null ? Map.of() : form.text();
        if (form.decision() != null) {
            form.decision().forEach((key, value) -> {
                if (value == null || value.isBlank()) {
                    return;
                }
                if (value.startsWith("MERGE:")) {
                    decisions.put(key, Decision.mergeInto(value.substring("MERGE:".length())));
                } else if (value.equals("DROP")) {
                    decisions.put(key, Decision.drop());
                } else {
                    decisions.put(key, new Decision(Action.KEEP, null, texts.get(key)));
                }
            });
        }
        return decisions;
    }

    private String draftPage(Draft draft, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("sections", SharedPersonaBuilder.Section.values());
        return "persona/shared-draft";
    }
}
