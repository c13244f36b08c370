package app.tandem.goal.web;

import app.tandem.goal.Direction;
import app.tandem.goal.GoalWork;
import app.tandem.goal.Goals;
import app.tandem.goal.KpiChart;
import app.tandem.goal.KpiInput;
import app.tandem.goal.KpiUnit;
import app.tandem.goal.KpiView;
import app.tandem.goal.Kpis;
import app.tandem.goal.MeasurementImport;
import app.tandem.goal.MeasurementInput;
import app.tandem.goal.MeasurementSource;
import app.tandem.goal.MeasurementView;
import app.tandem.identity.TandemPrincipal;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.DayWords;
import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.support.ImportMode;
import app.tandem.support.Paging;
import app.tandem.support.UploadedText;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Slice;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;
import tools.jackson.databind.json.JsonMapper;

/** KPIs in the browser: the KPI page with its chart, health and measurements, the KPI form, and the CSV import page. */
@Controller
class KpiController {

    private final Workspaces workspaces;
    private final Kpis kpis;
    private final Goals goals;
    private final JsonMapper json;
    private final Paging paging;
    private final ObjectProvider<GoalWork> work;

    KpiController(
            Workspaces workspaces,
            Kpis kpis,
            Goals goals,
            JsonMapper json,
            Paging paging,
            ObjectProvider<GoalWork> work) {
        this.work = work;
        this.workspaces = workspaces;
        this.kpis = kpis;
        this.goals = goals;
        this.json = json;
        this.paging = paging;
    }

    record KpiForm(
            @NotBlank(message = "Give the KPI a name, such as Trial-to-paid conversion.") @Size(max = KpiInput.NAME_MAX, message = "At most 120 characters.") String name,

            @NotNull(message = "Choose the unit.") @Nullable KpiUnit unit,

            @NotNull(message = "Say whether higher or lower is better.") @Nullable Direction direction,

            @NotNull(message = "Give the baseline value.") @Nullable Double baselineValue,

            @NotNull(message = "Give the day of the baseline.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate baselineDate,

            @NotNull(message = "Give the target value.") @Nullable Double targetValue,

            @NotNull(message = "Give the day the target should be reached.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable LocalDate targetDate,

            @Nullable Double guardrailMin,
            @Nullable Double guardrailMax,

            @Size(max = KpiInput.SOURCE_MAX, message = "At most 1000 characters.") @Nullable String dataSource,

            @Nullable List<Long> goalIds,
            @Nullable List<Long> teamIds,
            @Nullable Long version) {

        static KpiForm empty(@Nullable Long goalId) {
            LocalDate start = LocalDate.now().withDayOfMonth(1);
            return new KpiForm(
                    "",
                    KpiUnit.PERCENT,
                    Direction.HIGHER_IS_BETTER,
                    null,
                    start,
                    null,
                    start.plusYears(1),
                    null,
                    null,
                    "",
                    goalId == null ? List.of() : List.of(goalId),
                    List.of(),
                    null);
        }

        static KpiForm of(KpiView kpi) {
            return new KpiForm(
                    kpi.name(),
                    kpi.unit(),
                    kpi.direction(),
                    kpi.baselineValue(),
                    kpi.baselineDate(),
                    kpi.targetValue(),
                    kpi.targetDate(),
                    kpi.guardrailMin(),
                    kpi.guardrailMax(),
                    kpi.dataSource(),
                    kpi.goalIds(),
                    kpi.teamIds(),
                    kpi.version());
        }

        KpiInput input() {
            return new KpiInput(
                    name,
                    unit,
                    direction,
                    baselineValue,
                    baselineDate,
                    targetValue,
                    targetDate,
                    guardrailMin,
                    guardrailMax,
                    dataSource,
                    goalIds == null ? null : new HashSet<>(goalIds),
                    teamIds == null ? null : new HashSet<>(teamIds));
        }
    }

    /**
     * The measurement form. The value is the text as typed, so a form shown again after an error
     * shows {@code 180} as typed, not the number's {@code 180.0}.
     */
    record MeasurementForm(
            @NotNull(message = "Give the day it was measured.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,

            @NotBlank(message = "Give the measured value as a number.") @Nullable String value,

            @Size(max = MeasurementInput.NOTE_MAX, message = "At most 500 characters.") @Nullable String note) {

        /** The value as a number (a dot for decimals, a trailing % allowed), or null when it is none. */
        @Nullable Double number() {
            if (value == null) {
                return null;
            }
            String plain = value.strip();
            plain = plain.endsWith("%") ? plain.substring(0, plain.length() - 1).strip() : plain;
            if (!plain.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)")) {
                return null;
            }
            return Double.valueOf(plain);
        }
    }

    /** A post without the "good rows" box (a script's, sending only the file) is all or nothing. */
    record ImportForm(
            @Nullable Long kpiId,
            @Nullable String csv,
            @Nullable Boolean goodRows) {}

    // ---- KPI page -----------------------------------------------------------------------------

    @GetMapping("/w/{slug}/kpis/{kpiId}")
    String kpi(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long kpiId,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute("measurementForm", new MeasurementForm(LocalDate.now(), null, ""));
        return kpiPage(me, slug, kpiId, page, model);
    }

    @PostMapping("/w/{slug}/kpis/{kpiId}/measurements")
    String record(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long kpiId,
            @Valid @ModelAttribute("measurementForm") MeasurementForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        workspaces.accessToChange(slug, me.id());
        Double value = form.number();
        if (value == null && !result.hasFieldErrors("value")) {
            result.rejectValue("value", "notANumber", "Give a number, such as 4.2 (with a dot for decimals).");
        }
        if (result.hasErrors()) {
            // letters for the value: a wrong day is said beside it at once, not after
            Forms.check(result, () -> kpis.checkMeasurementDay(form.date()));
        }
        if (!result.hasErrors() && value != null) {
            try {
                KpiView kpi = kpis.record(
                        slug,
                        me.id(),
                        kpiId,
                        List.of(new MeasurementInput(form.date(), value, form.note())),
                        MeasurementSource.MANUAL);
                String doubt = kpi.doubt(value);
                redirect.addFlashAttribute(
                        "flash",
                        "Recorded " + kpi.format(value) + " on " + DayWords.of(form.date()) + ". Health: "
                                + kpi.health().status().label() + "." + (doubt == null ? "" : " " + doubt));
                return "redirect:/w/" + slug + "/kpis/" + kpiId;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return kpiPage(me, slug, kpiId, null, model);
    }

    /** Asks before a measurement is deleted: a delete cannot be undone, and it may move the KPI's health. */
    @GetMapping("/w/{slug}/kpis/{kpiId}/measurements/{measurementId}/delete")
    String confirmDeleteMeasurement(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long kpiId,
            @PathVariable long measurementId,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        model.addAttribute("workspace", workspace);
        model.addAttribute("kpi", kpis.get(slug, me.id(), kpiId));
        model.addAttribute("measurement", kpis.measurement(workspace, kpiId, measurementId));
        return "goal/measurement-delete";
    }

    @PostMapping("/w/{slug}/kpis/{kpiId}/measurements/{measurementId}/delete")
    String deleteMeasurement(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long kpiId,
            @PathVariable long measurementId,
            RedirectAttributes redirect) {
        MeasurementView deleted = kpis.measurement(workspaces.accessToChange(slug, me.id()), kpiId, measurementId);
        KpiView kpi = kpis.deleteMeasurement(slug, me.id(), kpiId, measurementId);
        redirect.addFlashAttribute(
                "flash",
                "Deleted " + kpi.format(deleted.value()) + " of " + DayWords.of(deleted.date()) + ". Health: "
                        + kpi.health().status().label() + ".");
        return "redirect:/w/" + slug + "/kpis/" + kpiId;
    }

    /**
     * The KPI page: the chart draws the latest {@code tandem.kpi.chart-points} measurements, the
     * table shows a page of them, newest first, with links to older and newer ones.
     */
    private String kpiPage(TandemPrincipal me, String slug, long kpiId, @Nullable Integer page, Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        model.addAttribute("workspace", workspace);
        KpiView kpi = kpis.get(slug, me.id(), kpiId);
        List<MeasurementView> chart = kpis.chart(workspace, kpiId);
        Slice<MeasurementView> table = kpis.newestFirst(workspace, kpiId, paging.of(page, null, Sort.unsorted()));
        model.addAttribute("kpi", kpi);
        model.addAttribute("measurements", table.getContent());
        model.addAttribute("table", table);
        model.addAttribute("chart", KpiChart.of(kpi, chart).json(json));
        model.addAttribute("chartDescription", KpiChart.describe(kpi, chart, kpis.chartPoints()));
        // the initiatives expected to move it, when the module that keeps them is there
        GoalWork initiatives = work.getIfUnique();
        model.addAttribute("workKnown", initiatives != null);
        model.addAttribute(
                "work", initiatives == null ? List.of() : initiatives.expectedToMoveKpi(workspace.id(), kpiId));
        return "goal/kpi";
    }

    // ---- KPI form -----------------------------------------------------------------------------

    @GetMapping("/w/{slug}/kpis/new")
    String newKpi(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Long goal,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        model.addAttribute("kpiForm", KpiForm.empty(goal));
        return formPage(workspace, null, model);
    }

    @PostMapping("/w/{slug}/kpis")
    String create(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @Valid @ModelAttribute("kpiForm") KpiForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        if (result.hasErrors()) {
            // letters for a number: the rest is checked too, so every error shows at once
            Forms.check(result, () -> kpis.checkInput(form.input()));
        }
        if (!result.hasErrors()) {
            try {
                KpiView kpi = kpis.create(slug, me.id(), form.input());
                redirect.addFlashAttribute("flash", "KPI " + kpi.name() + " created. Add its first measurement.");
                return "redirect:/w/" + slug + "/kpis/" + kpi.id();
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return formPage(workspace, null, model);
    }

    @GetMapping("/w/{slug}/kpis/{kpiId}/edit")
    String edit(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long kpiId,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        KpiView kpi = kpis.get(slug, me.id(), kpiId);
        model.addAttribute("kpiForm", KpiForm.of(kpi));
        return formPage(workspace, kpi, model);
    }

    @PostMapping("/w/{slug}/kpis/{kpiId}")
    String update(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long kpiId,
            @Valid @ModelAttribute("kpiForm") KpiForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        KpiView kpi = kpis.get(slug, me.id(), kpiId);
        if (result.hasErrors()) {
            Forms.check(result, () -> kpis.checkInput(form.input()));
        }
        if (!result.hasErrors()) {
            try {
                KpiView saved = kpis.update(slug, me.id(), kpiId, form.input(), Forms.version(form.version()));
                redirect.addFlashAttribute("flash", "KPI " + saved.name() + " saved.");
                return "redirect:/w/" + slug + "/kpis/" + kpiId;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return formPage(workspace, kpi, model);
    }

    @GetMapping("/w/{slug}/kpis/{kpiId}/delete")
    String confirmDelete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long kpiId,
            Model model) {
        model.addAttribute("workspace", workspaces.accessToChange(slug, me.id()));
        model.addAttribute("kpi", kpis.get(slug, me.id(), kpiId));
        return "goal/kpi-delete";
    }

    @PostMapping("/w/{slug}/kpis/{kpiId}/delete")
    String delete(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @PathVariable long kpiId,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        KpiView kpi = kpis.get(slug, me.id(), kpiId);
        try {
            kpis.delete(slug, me.id(), kpiId, version);
        } catch (ConcurrentChange e) {
            return Forms.deleteAgain(redirect, e, slug, "kpis", kpiId, "delete");
        }
        redirect.addFlashAttribute("flash", "KPI " + kpi.name() + " is deleted, with its measurements.");
        return "redirect:/w/" + slug + "/goals";
    }

    private String formPage(WorkspaceContext workspace, @Nullable KpiView kpi, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("kpi", kpi);
        model.addAttribute("teams", workspaces.allTeams(workspace));
        model.addAttribute("goals", goals.all(workspace));
        model.addAttribute("units", KpiUnit.values());
        model.addAttribute("directions", Direction.values());
        return "goal/kpi-form";
    }

    // ---- CSV import ---------------------------------------------------------------------------

    @GetMapping("/w/{slug}/kpis/import")
    String importPage(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Long kpi,
            Model model) {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        model.addAttribute("importForm", new ImportForm(kpi, "", false));
        return importPage(workspace, model);
    }

    @PostMapping("/w/{slug}/kpis/import")
    ModelAndView importCsv(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @ModelAttribute("importForm") ImportForm form,
            @RequestParam(required = false) @Nullable MultipartFile file,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        WorkspaceContext workspace = workspaces.accessToChange(slug, me.id());
        MultipartFile upload = file != null && !file.isEmpty() ? file : null;
        String pasted = form.csv();
        if (upload == null && (pasted == null || pasted.isBlank())) {
            model.addAttribute("importError", "Choose a CSV file or paste its lines.");
            return new ModelAndView(importPage(workspace, model));
        }
        try (Reader csv = upload != null
                ? UploadedText.reader(upload.getInputStream())
                : new StringReader(String.valueOf(pasted))) {
            MeasurementImport result = kpis.importCsv(
                    slug,
                    me.id(),
                    csv,
                    form.kpiId(),
                    Boolean.TRUE.equals(form.goodRows()) ? ImportMode.GOOD_ROWS : ImportMode.ALL_OR_NOTHING);
            if (result.rejected()) {
                model.addAttribute("result", result);
                return new ModelAndView(importPage(workspace, model));
            }
            String saved = "Imported " + result.saved() + (result.saved() == 1 ? " measurement" : " measurements")
                    + (result.unchanged() == 0
                            ? "."
                            : "; " + result.unchanged()
                                    + (result.unchanged() == 1 ? " was" : " were")
                                    + " there already, as they are.");
            if (!result.errors().isEmpty() || !result.warnings().isEmpty()) {
                model.addAttribute("result", result);
                int wrong = result.errors().size();
                int doubted = result.valuesToCheck().size();
                String passedOver = result.warnings().stream()
                        .filter(w -> w.field().equals("file"))
                        .map(w -> " Line " + w.line() + ": " + w.message())
                        .findFirst()
                        .orElse("");
                model.addAttribute(
                        "flash",
                        saved
                                + (wrong == 0
                                        ? ""
                                        : " " + wrong + (wrong == 1 ? " wrong row was" : " wrong rows were")
                                                + " skipped: see below.")
                                + (doubted == 0
                                        ? ""
                                        : " " + doubted + (doubted == 1 ? " saved value looks" : " saved values look")
                                                + " mistyped: see below.")
                                + passedOver);
                return new ModelAndView(importPage(workspace, model));
            }
            redirect.addFlashAttribute("flash", saved);
            String next = form.kpiId() != null ? "/w/" + slug + "/kpis/" + form.kpiId() : "/w/" + slug + "/goals";
            // the form is sent by htmx (its CSRF token in a header): the browser then goes to the
            // page itself (HX-Redirect, not a redirect the request would follow), so that page's
            // scripts run and it shows the flash
            return new ModelAndView(
                    htmx.isHtmxRequest() ? new HtmxRedirectView(next, true) : new RedirectView(next, true));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            model.addAttribute("importError", e.getMessage());
            return new ModelAndView(importPage(workspace, model));
        }
    }

    private String importPage(WorkspaceContext workspace, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("kpis", kpis.all(workspace));
        return "goal/import";
    }
}
