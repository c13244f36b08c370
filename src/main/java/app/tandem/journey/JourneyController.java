package app.tandem.journey;

import app.tandem.identity.TandemPrincipal;
import app.tandem.journey.JourneyView.StageView;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.support.Paging;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Journey maps in the browser: list, create, the picture with stages edited in place, export. */
@Controller
class JourneyController {

    /** A feeling outside -2–+2 (a changed page: the form offers those alone). */
    static final String EMOTION = "Choose how the user feels, from -2 (miserable) to +2 (delighted).";

    private final Journeys journeys;
    private final Workspaces workspaces;
    private final Paging paging;
    private final ITemplateEngine templates;

    private final ObjectProvider<JourneyWork> work;

    JourneyController(
            Journeys journeys,
            Workspaces workspaces,
            Paging paging,
            ITemplateEngine templates,
            ObjectProvider<JourneyWork> work) {
        this.work = work;
        this.journeys = journeys;
        this.workspaces = workspaces;
        this.paging = paging;
        this.templates = templates;
    }

    record JourneyForm(
            @NotNull(message = "Choose the persona whose journey this is.") Long personaId,

            @NotBlank(message = "Give the journey map a name, such as \"First month with the app\".") @Size(max = 120, message = "At most 120 characters.") String name,

            @Size(max = 300, message = "At most 300 characters.") @Nullable String scenario,

            @Nullable String stages) {}

    /**
     * The map's name and scenario, and the map's {@code version} the form was opened on: a map changed
     * since (renamed, or any stage edited) is not overwritten; the form is shown again with what was
     * typed and what the saved map says now.
     */
    record JourneyEditForm(
            @NotBlank(message = "Give the journey map a name, such as \"First month with the app\".") @Size(max = 120, message = "At most 120 characters.") String name,

            @Size(max = 300, message = "At most 300 characters.") @Nullable String scenario,

            @NotNull(message = "The form lost the version it was opened on. Reload the page and rename it again.") Long version) {

        static JourneyEditForm of(JourneyView journey) {
            return new JourneyEditForm(
                    journey.name(), journey.scenario() == null ? "" : journey.scenario(), journey.version());
        }
    }

    record TouchpointRow(@Nullable String channel, @Nullable Long teamId) {}

    record PainRow(
            @Nullable Long id,
            @Nullable String text,
            @Nullable Integer severity,
            @Nullable Long userGoalId,
            @Nullable Long teamId) {}

    record OpportunityRow(@Nullable String text, @Nullable Long teamId) {}

    /** A stage's opportunities as form rows, with one blank row to add another. */
    static List<OpportunityRow> opportunityRows(StageView stage) {
        List<OpportunityRow> rows = new ArrayList<>(stage.opportunities().stream()
                .map(o -> new OpportunityRow(o.text(), o.teamId()))
                .toList());
        rows.add(new OpportunityRow("", null));
        return rows;
    }

    record StageForm(
            @NotBlank(message = "Give the stage a name.") @Size(max = 80, message = "At most 80 characters.") String name,

            @Size(max = 500, message = "At most 500 characters.") @Nullable String doing,

            @Size(max = 500, message = "At most 500 characters.") @Nullable String thinking,

            @NotNull(message = "Choose how the user feels.") @Min(value = -2, message = EMOTION) @Max(value = 2, message = EMOTION) Integer emotion,

            @Nullable List<TouchpointRow> touchpoints,
            @Nullable List<PainRow> painPoints,
            @Nullable List<OpportunityRow> opportunities,
            @Nullable Long version) {

        static StageForm of(StageView stage) {
            List<TouchpointRow> touch = new ArrayList<>(stage.touchpoints().stream()
                    .map(t -> new TouchpointRow(t.channel(), t.teamId()))
                    .toList());
            touch.add(new TouchpointRow("", null));
            List<PainRow> pains = new ArrayList<>(stage.painPoints().stream()
                    .map(p -> new PainRow(p.id(), p.text(), p.severity(), p.userGoalId(), p.teamId()))
                    .toList());
            pains.add(new PainRow(null, "", 2, null, null));
            return new StageForm(
                    stage.name(),
                    stage.doing(),
                    stage.thinking(),
                    stage.emotion(),
                    touch,
                    pains,
                    opportunityRows(stage),
                    stage.version());
        }

        static StageForm empty() {
            return new StageForm(
                    "",
                    "",
                    "",
                    0,
                    List.of(new TouchpointRow("", null)),
                    List.of(new PainRow(null, "", 2, null, null)),
                    List.of(new OpportunityRow("", null)),
                    null);
        }

        /** Every row with text in it; blank rows are the empty slots the form offers. */
        Journeys.StagePatch patch() {
            return new Journeys.StagePatch(
                    name,
                    doing == null ? "" : doing,
                    thinking == null ? "" : thinking,
                    emotion,
                    touchpoints == null
                            ? List.of()
                            : touchpoints.stream()
                                    .filter(t ->
                                            t.channel() != null && !t.channel().isBlank())
                                    .map(t -> new Journeys.TouchpointChange(t.channel(), t.teamId()))
                                    .toList(),
                    painPoints == null
                            ? List.of()
                            : painPoints.stream()
                                    .filter(p -> p.text() != null && !p.text().isBlank())
                                    .map(p -> new Stage.PainPointChange(
                                            p.id(),
                                            p.text(),
                                            p.severity() == null ? 2 : p.severity(),
                                            p.userGoalId(),
                                            p.teamId()))
                                    .toList(),
                    opportunities == null
                            ? List.of()
                            : opportunities.stream()
                                    .filter(o -> o.text() != null && !o.text().isBlank())
                                    .map(o -> new Stage.OpportunityChange(o.text(), o.teamId()))
                                    .toList(),
                    null);
        }

        Journeys.StageChange change() {
            Journeys.StagePatch p = patch();
            return new Journeys.StageChange(
                    null, name, p.doing(), p.thinking(), emotion, p.touchpoints(), p.painPoints(), p.opportunities());
        }
    }

    static List<String> lines(@Nullable String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    // ---- list and create ----------------------------------------------------------------------

    @GetMapping("/w/{slug}/journeys")
    String list(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Long persona,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute(
                "journeyForm", new JourneyForm(persona, "", "", "Discover\nSign up\nOnboard\nFirst budget\nHabit"));
        return listPage(me, slug, persona, page, model);
    }

    @PostMapping("/w/{slug}/journeys")
    String create(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @ModelAttribute("journeyForm") JourneyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                List<Journeys.StageChange> stages = lines(form.stages()).stream()
                        .map(name ->
                                new Journeys.StageChange(null, name, null, null, 0, List.of(), List.of(), List.of()))
                        .toList();
                JourneyView journey =
                        journeys.create(slug, me.id(), form.personaId(), form.name(), form.scenario(), stages);
                redirect.addFlashAttribute(
                        "flash", "Journey map " + journey.name() + " created. Edit each stage to fill it in.");
                return "redirect:/w/" + slug + "/journeys/" + journey.id();
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return listPage(me, slug, null, null, model);
    }

    private String listPage(
            TandemPrincipal me, String slug, @Nullable Long persona, @Nullable Integer page, Model model) {
        model.addAttribute("workspace", workspaces.access(slug, me.id()));
        model.addAttribute("journeys", journeys.list(slug, me.id(), persona, paging.of(page, null, Sort.unsorted())));
        model.addAttribute("personas", journeys.personas(slug, me.id()));
        return "journey/list";
    }

    // ---- the map ------------------------------------------------------------------------------

    @GetMapping("/w/{slug}/journeys/{id}")
    String map(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            Model model) {
        model.addAttribute("stageForm", StageForm.empty());
        return mapPage(me, slug, id, model);
    }

    private String mapPage(TandemPrincipal me, String slug, long id, Model model) {
        mapModel(me, slug, id, model);
        return "journey/map";
    }

    private JourneyView mapModel(TandemPrincipal me, String slug, long id, Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        model.addAttribute("workspace", workspace);
        JourneyView journey = journeys.journey(slug, me.id(), id);
        model.addAttribute("journey", journey);
        // the initiatives that address its stages and pain points, when the module that keeps them is there
        JourneyWork initiatives = work.getIfUnique();
        List<Long> stageIds =
                journey.stages().stream().map(JourneyView.StageView::id).toList();
        List<Long> painPointIds = journey.stages().stream()
                .flatMap(s -> s.painPoints().stream())
                .map(JourneyView.PainPointView::id)
                .toList();
        model.addAttribute(
                "stageWork", initiatives == null ? Map.of() : initiatives.onStages(workspace.id(), stageIds));
        model.addAttribute(
                "painPointWork",
                initiatives == null ? Map.of() : initiatives.onPainPoints(workspace.id(), painPointIds));
        model.addAttribute("picture", JourneyPicture.of(journey, journeys.teams(slug, me.id())));
        model.addAttribute("teams", journeys.teams(slug, me.id()));
        model.addAttribute("goals", journeys.userGoalsOf(slug, me.id(), journey.personaId()));
        if (!model.containsAttribute("journeyEditForm")) {
            model.addAttribute("journeyEditForm", JourneyEditForm.of(journey));
        }
        return journey;
    }

    @PostMapping("/w/{slug}/journeys/{id}/edit")
    String rename(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @ModelAttribute("journeyEditForm") JourneyEditForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                result,
                () -> {
                    JourneyView saved =
                            journeys.rename(slug, me.id(), id, form.name(), form.scenario(), form.version());
                    redirect.addFlashAttribute("flash", "Journey map " + saved.name() + " saved.");
                    return Forms.redirect(slug, "journeys", id);
                },
                () -> {
                    JourneyView theirs = mapModel(me, slug, id, model);
                    model.addAttribute("stageForm", StageForm.empty());
                    model.addAttribute("editOpen", true);
                    if (JourneyChanges.refusedAsStale(result)) {
                        model.addAttribute("theirChanges", JourneyChanges.between(form, theirs));
                    }
                    return "journey/map";
                });
    }

    @GetMapping("/w/{slug}/journeys/{id}/picture.svg")
    ResponseEntity<String> downloadSvg(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, @PathVariable long id) {
        JourneyView journey = journeys.journey(slug, me.id(), id);
        Context context = new Context(Locale.ROOT);
        context.setVariable("picture", JourneyPicture.of(journey, journeys.teams(slug, me.id())));
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + templates.process("journey/picture", Set.of("picture"), context);
        String file = journey.name()
                .replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-|-$)", "")
                .toLowerCase(Locale.ROOT);
        return ResponseEntity.ok()
                .contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename((file.isEmpty() ? "journey" : file) + ".svg", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(svg);
    }

    @GetMapping("/w/{slug}/journeys/{id}/delete")
    String confirmDelete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            Model model) {
        model.addAttribute("workspace", workspaces.accessToChange(slug, me.id()));
        model.addAttribute("journey", journeys.journey(slug, me.id(), id));
        return "journey/delete";
    }

    @PostMapping("/w/{slug}/journeys/{id}/delete")
    String delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        JourneySummary deleted;
        try {
            deleted = journeys.delete(slug, me.id(), id, version);
        } catch (ConcurrentChange e) {
            return Forms.deleteAgain(redirect, e, slug, "journeys", id, "delete");
        }
        redirect.addFlashAttribute("flash", "Journey map " + deleted.name() + " is deleted.");
        return "redirect:/w/" + slug + "/journeys";
    }

    // ---- stages -------------------------------------------------------------------------------

    @PostMapping("/w/{slug}/journeys/{id}/stages")
    String addStage(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @Valid @ModelAttribute("stageForm") StageForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                StageView stage = journeys.addStage(slug, me.id(), id, form.change(), null);
                redirect.addFlashAttribute("flash", "Stage " + stage.name() + " added.");
                return "redirect:/w/" + slug + "/journeys/" + id + "#stage-" + stage.id();
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return mapPage(me, slug, id, model);
    }

    /** The stage as a card (htmx "Cancel"); without htmx, the map. */
    @GetMapping("/w/{slug}/journeys/{id}/stages/{stageId}")
    String stage(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long stageId,
            HtmxRequest htmx,
            Model model) {
        if (!htmx.isHtmxRequest()) {
            return "redirect:/w/" + slug + "/journeys/" + id + "#stage-" + stageId;
        }
        JourneyView journey = mapModel(me, slug, id, model);
        model.addAttribute("stage", stageOf(journey, stageId));
        return "journey/stage :: stage";
    }

    @GetMapping("/w/{slug}/journeys/{id}/stages/{stageId}/edit")
    String editStage(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long stageId,
            HtmxRequest htmx,
            Model model) {
        workspaces.accessToChange(slug, me.id());
        JourneyView journey = mapModel(me, slug, id, model);
        StageView stage = stageOf(journey, stageId);
        model.addAttribute("stage", stage);
        model.addAttribute("stageForm", StageForm.of(stage));
        return htmx.isHtmxRequest() ? "journey/stage :: stage-form" : "journey/stage-edit";
    }

    @PostMapping("/w/{slug}/journeys/{id}/stages/{stageId}")
    String saveStage(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long stageId,
            @Valid @ModelAttribute("stageForm") StageForm form,
            BindingResult result,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                StageView saved =
                        journeys.updateStage(slug, me.id(), id, stageId, form.patch(), Forms.version(form.version()));
                if (htmx.isHtmxRequest()) {
                    JourneyView journey = mapModel(me, slug, id, model);
                    model.addAttribute("stage", stageOf(journey, stageId));
                    model.addAttribute("stageFlash", "Stage " + saved.name() + " saved.");
                    return "journey/stage :: stage-saved";
                }
                redirect.addFlashAttribute("flash", "Stage " + saved.name() + " saved.");
                return "redirect:/w/" + slug + "/journeys/" + id + "#stage-" + stageId;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        JourneyView journey = mapModel(me, slug, id, model);
        StageView theirs = stageOf(journey, stageId);
        model.addAttribute("stage", theirs);
        if (JourneyChanges.refusedAsStale(result)) {
            model.addAttribute("theirChanges", JourneyChanges.between(form, theirs));
        }
        return htmx.isHtmxRequest() ? "journey/stage :: stage-form" : "journey/stage-edit";
    }

    @PostMapping("/w/{slug}/journeys/{id}/stages/{stageId}/move")
    String moveStage(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long stageId,
            @RequestParam int by,
            RedirectAttributes redirect) {
        StageView stage = journeys.moveStage(slug, me.id(), id, stageId, by < 0 ? -1 : 1);
        redirect.addFlashAttribute("flash", "Stage " + stage.name() + " is now stage " + (stage.position() + 1) + ".");
        return "redirect:/w/" + slug + "/journeys/" + id + "#stage-" + stageId;
    }

    @GetMapping("/w/{slug}/journeys/{id}/stages/{stageId}/delete")
    String confirmDeleteStage(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long stageId,
            Model model) {
        model.addAttribute("workspace", workspaces.accessToChange(slug, me.id()));
        JourneyView journey = journeys.journey(slug, me.id(), id);
        model.addAttribute("journey", journey);
        model.addAttribute("stage", stageOf(journey, stageId));
        return "journey/stage-delete";
    }

    @PostMapping("/w/{slug}/journeys/{id}/stages/{stageId}/delete")
    String deleteStage(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long stageId,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        StageView stage;
        try {
            stage = journeys.deleteStage(slug, me.id(), id, stageId, version);
        } catch (ConcurrentChange e) {
            return Forms.deleteAgain(redirect, e, slug, "journeys", id, "stages", stageId, "delete");
        }
        redirect.addFlashAttribute("flash", "Stage " + stage.name() + " is deleted.");
        return "redirect:/w/" + slug + "/journeys/" + id;
    }

    private static StageView stageOf(JourneyView journey, long stageId) {
        return journey.stages().stream()
                .filter(s -> s.id() == stageId)
                .findFirst()
                .orElseThrow(() -> new StageNotFound(stageId));
    }
}
