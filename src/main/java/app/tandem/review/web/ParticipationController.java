package app.tandem.review.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.review.Participation;
import app.tandem.review.ParticipationMatrix;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The participation matrix as a page: the heat map drawn from the numbers ({@link HeatMap}), the walls
 * between teams in a sentence, and the same numbers as a table with each cell's kinds.
 */
@Controller
class ParticipationController {

    private final Workspaces workspaces;
    private final Participation participation;

    ParticipationController(Workspaces workspaces, Participation participation) {
        this.workspaces = workspaces;
        this.participation = participation;
    }

    /** A cell of the table: the number, and of which kinds ("2 reviews, 1 check-in"). */
    record TableCell(boolean self, int count, String kinds) {}

    /** A row of the table. */
    record TableRow(String host, List<TableCell> cells) {}

    @GetMapping("/w/{slug}/participation")
    String matrix(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Integer days,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        int period = days == null || !Participation.PERIODS.contains(days) ? Participation.DEFAULT_DAYS : days;
        ParticipationMatrix matrix = participation.matrix(slug, me.id(), period);
        model.addAttribute("workspace", workspace);
        model.addAttribute("matrix", matrix);
        model.addAttribute("periods", Participation.PERIODS);
        model.addAttribute("heatMap", HeatMap.of(matrix));
        model.addAttribute(
                "table",
                matrix.rows().stream()
                        .map(r -> new TableRow(
                                r.host().name(),
                                r.cells().stream()
                                        .map(c -> new TableCell(c.self(), c.count(), kinds(c)))
                                        .toList()))
                        .toList());
        model.addAttribute(
                "walls",
                matrix.walls().stream()
                        .map(w -> w.team().name() + " and " + w.other().name())
                        .toList());
        return "review/participation";
    }

    private static String kinds(ParticipationMatrix.Cell cell) {
        return cell.byKind().stream()
                .filter(k -> k.count() > 0)
                .map(k -> k.count() + " " + (k.count() == 1 ? k.kind().toLowerCase() : Participation.plural(k.kind())))
                .collect(Collectors.joining(", "));
    }
}
