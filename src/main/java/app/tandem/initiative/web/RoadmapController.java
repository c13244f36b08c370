package app.tandem.initiative.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.initiative.Roadmap;
import app.tandem.initiative.Roadmaps;
import app.tandem.initiative.rules.RoadmapLayout;
import app.tandem.initiative.rules.RoadmapLayout.Zoom;
import app.tandem.support.DayWords;
import app.tandem.support.DomainException;
import app.tandem.support.Problems.FieldError;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The roadmap in the browser: a picture built on the server from the data (SVG elements with
 * computed coordinates, every text escaped by the template), one lane per team, zoom by month or by
 * quarter, dropped initiatives faded or hidden, and below it, in words, every dependency at risk and
 * every initiative drawn. A wrong day is shown beside its field, and the default window drawn.
 */
@Controller
class RoadmapController {

    private final Workspaces workspaces;
    private final Roadmaps roadmaps;

    RoadmapController(Workspaces workspaces, Roadmaps roadmaps) {
        this.workspaces = workspaces;
        this.roadmaps = roadmaps;
    }

    /**
     * A bar as the picture draws it: where, and what it is; {@code planned} is where the weeks today's
     * plan gives it lie, drawn as a line under the bar (null when the plan does not schedule it or
     * those weeks are outside the window).
     */
    record BarView(
            RoadmapLayout.BarPlace place,
            Roadmap.Bar bar,
            String lane,
            String description,
            RoadmapLayout.@Nullable Span planned) {

        /** The planned line's top: in the row's space under the bar. */
        public int plannedY() {
            return place.y() + RoadmapLayout.BAR + 1;
        }
    }

    /** An arrow as the picture draws it, and its sentence: who needs what from whom by when, and why at risk. */
    record ArrowView(RoadmapLayout.ArrowPlace place, Roadmap.Arrow arrow, String sentence) {}

    /** Everything the template draws, and the sentence that describes the picture. */
    record Picture(
            RoadmapLayout.Picture layout,
            List<BarView> bars,
            List<ArrowView> arrows,
            String title,
            String description) {}

    @GetMapping("/w/{slug}/initiatives/roadmap")
    String roadmap(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String zoom,
            @RequestParam(required = false) @Nullable Boolean dropped,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        Zoom scale = "quarter".equalsIgnoreCase(zoom) ? Zoom.QUARTER : Zoom.MONTH;
        boolean withDropped = dropped == null || dropped;
        Map<String, String> errors = new LinkedHashMap<>();
        Roadmap roadmap;
        try {
            roadmap = roadmaps.roadmap(slug, me.id(), from, to, withDropped);
        } catch (DomainException e) {
            if (e.isAccessProblem()) {
                throw e;
            }
            for (FieldError error : e.fieldErrors()) {
                errors.putIfAbsent(error.field(), error.message());
            }
            roadmap = roadmaps.roadmap(slug, me.id(), null, null, withDropped);
        }
        model.addAttribute("workspace", workspace);
        model.addAttribute("roadmap", roadmap);
        Picture picture = picture(roadmap, scale);
        model.addAttribute("picture", picture);
        model.addAttribute("zoom", scale.name().toLowerCase(Locale.ROOT));
        model.addAttribute("errors", errors);
        model.addAttribute("fromValue", errors.isEmpty() ? roadmap.from().toString() : from);
        model.addAttribute("toValue", errors.isEmpty() ? roadmap.to().toString() : to);
        model.addAttribute("monthUrl", url(slug, roadmap, "month", withDropped));
        model.addAttribute("quarterUrl", url(slug, roadmap, "quarter", withDropped));
        model.addAttribute("droppedUrl", url(slug, roadmap, scale.name().toLowerCase(Locale.ROOT), !withDropped));
        model.addAttribute(
                "atRisk",
                picture.arrows().stream().filter(a -> a.arrow().atRisk()).toList());
        return "initiative/roadmap";
    }

    private static String url(String slug, Roadmap roadmap, String zoom, boolean withDropped) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/w/" + slug + "/initiatives/roadmap")
                .queryParam("from", roadmap.from())
                .queryParam("to", roadmap.to())
                .queryParam("zoom", zoom);
        if (!withDropped) {
            url.queryParam("dropped", false);
        }
        return url.build().toUriString();
    }

    static Picture picture(Roadmap roadmap, Zoom zoom) {
        List<String> laneNames = new ArrayList<>();
        List<RoadmapLayout.Item> items = new ArrayList<>();
        Map<Long, Roadmap.Bar> bars = new HashMap<>();
        Map<Long, String> lanes = new HashMap<>();
        for (int i = 0; i < roadmap.lanes().size(); i++) {
            Roadmap.Lane lane = roadmap.lanes().get(i);
            laneNames.add(lane.name());
            for (Roadmap.Bar bar : lane.bars()) {
                items.add(new RoadmapLayout.Item(bar.id(), i, bar.title(), bar.startDate(), bar.dueDate()));
                bars.put(bar.id(), bar);
                lanes.put(bar.id(), lane.name());
            }
        }
        RoadmapLayout.Picture layout = RoadmapLayout.layout(
                roadmap.from(),
                roadmap.to(),
                zoom,
                roadmap.today(),
                laneNames,
                items,
                roadmap.arrows().stream()
                        .map(a -> new RoadmapLayout.Link(
                                a.provider().id(), a.dependant().id()))
                        .toList());
        List<BarView> barViews = layout.bars().stream()
                .map(place -> {
                    Roadmap.Bar bar = bars.get(place.id());
                    RoadmapLayout.Span planned = bar.plannedStart() == null || bar.plannedEnd() == null
                            ? null
                            : RoadmapLayout.span(
                                    roadmap.from(), roadmap.to(), zoom, bar.plannedStart(), bar.plannedEnd());
                    return new BarView(
                            place, bar, lanes.get(place.id()), describe(bar, lanes.get(place.id())), planned);
                })
                .toList();
        // the layout keeps the links' order, leaving out those whose ends it did not draw
        List<ArrowView> arrowViews = new ArrayList<>();
        int next = 0;
        for (Roadmap.Arrow arrow : roadmap.arrows()) {
            if (next < layout.arrows().size()) {
                RoadmapLayout.ArrowPlace place = layout.arrows().get(next);
                if (place.providerId() == arrow.provider().id()
                        && place.dependantId() == arrow.dependant().id()) {
                    arrowViews.add(new ArrowView(place, arrow, sentence(arrow)));
                    next++;
                }
            }
        }
        long risky = roadmap.arrows().stream().filter(Roadmap.Arrow::atRisk).count();
        String title = "Roadmap from " + DayWords.of(roadmap.from()) + " to " + DayWords.of(roadmap.to());
        String description = barViews.size() + (barViews.size() == 1 ? " initiative" : " initiatives") + " in "
                + roadmap.lanes().size() + (roadmap.lanes().size() == 1 ? " team lane" : " team lanes") + ", "
                + arrowViews.size() + (arrowViews.size() == 1 ? " dependency" : " dependencies") + ", " + risky
                + " at risk. Each initiative and each dependency at risk is listed in words below the picture.";
        return new Picture(layout, barViews, List.copyOf(arrowViews), title, description);
    }

    private static String describe(Roadmap.Bar bar, String lane) {
        return bar.title() + " (" + lane + "): " + bar.kind().label().toLowerCase(Locale.ROOT) + ", "
                + bar.status().words() + ", " + DayWords.of(bar.startDate()) + " to " + DayWords.of(bar.dueDate())
                + (bar.plannedStart() == null || bar.plannedEnd() == null
                        ? ""
                        : "; the plan gives it " + DayWords.of(bar.plannedStart()) + " to "
                                + DayWords.of(bar.plannedEnd()));
    }

    private static String sentence(Roadmap.Arrow arrow) {
        String needs =
                "“" + arrow.dependant().title() + "” needs " + arrow.kind().words() + " from “"
                        + arrow.provider().title() + "” by " + DayWords.of(arrow.handoffDue()) + ".";
        if (!arrow.atRisk()) {
            return needs;
        }
        return needs + " At risk: " + String.join(" ", arrow.riskReasons());
    }

    static String day(LocalDate day) {
        return DayWords.of(day);
    }
}
