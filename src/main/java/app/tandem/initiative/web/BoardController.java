package app.tandem.initiative.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.initiative.InitiativeStatus;
import app.tandem.initiative.InitiativeView;
import app.tandem.initiative.Initiatives;
import app.tandem.initiative.Roadmaps;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.DomainException;
import app.tandem.support.Forms;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The board: a column per status, a card per initiative with a button for each status it may move to
 * (as {@code StatusRules} allow), so a card moves with the keyboard alone. A move sends the version the
 * board showed; the answer comes back to the board with the moved card focused and a message in the
 * page's live region. Committing goes through the initiative page's own status path, so whatever that
 * path asks before committing applies on the board too.
 */
@Controller
class BoardController {

    private final Workspaces workspaces;
    private final Roadmaps roadmaps;
    private final Initiatives initiatives;

    BoardController(Workspaces workspaces, Roadmaps roadmaps, Initiatives initiatives) {
        this.workspaces = workspaces;
        this.roadmaps = roadmaps;
        this.initiatives = initiatives;
    }

    @GetMapping("/w/{slug}/initiatives/board")
    String board(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable Long moved,
            Model model) {
        WorkspaceContext workspace = workspaces.access(slug, me.id());
        model.addAttribute("workspace", workspace);
        model.addAttribute("board", roadmaps.board(slug, me.id()));
        model.addAttribute("moved", moved == null ? -1L : moved);
        // a drop refused for its reason: the card's "Drop…" panel opens again with the error beside the field
        if (!model.containsAttribute("dropFor")) {
            model.addAttribute("dropFor", -1L);
        }
        return "initiative/board";
    }

    @PostMapping("/w/{slug}/initiatives/board/status")
    String move(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable String slug,
            @RequestParam long initiative,
            @RequestParam(required = false) @Nullable InitiativeStatus status,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        workspaces.accessToChange(slug, me.id());
        try {
            InitiativeView moved =
                    initiatives.changeStatus(slug, me.id(), initiative, status, reason, Forms.version(version));
            redirect.addFlashAttribute(
                    "flash", moved.title() + " is " + moved.status().words() + " now.");
        } catch (ConcurrentChange e) {
            redirect.addFlashAttribute(
                    "flashError",
                    "Someone else changed this initiative since you opened the board, so it was not moved. The"
                            + " board is reloaded: check the card and move it again.");
        } catch (DomainException e) {
            if (e.isAccessProblem()) {
                throw e;
            }
            if (status == InitiativeStatus.DROPPED
                    && !e.fieldErrors().isEmpty()
                    && e.fieldErrors().stream().allMatch(f -> "reason".equals(f.field()))) {
                redirect.addFlashAttribute("dropFor", initiative);
                redirect.addFlashAttribute("dropError", sentences(e));
                redirect.addFlashAttribute("dropReason", reason == null ? "" : reason);
                return "redirect:/w/" + slug + "/initiatives/board#drop-reason-" + initiative;
            }
            redirect.addFlashAttribute("flashError", sentences(e));
        }
        return "redirect:/w/" + slug + "/initiatives/board?moved=" + initiative + "#card-" + initiative;
    }

    private static String sentences(DomainException e) {
        if (e.fieldErrors().isEmpty()) {
            return String.valueOf(e.getMessage());
        }
        return e.fieldErrors().stream().map(f -> f.message()).collect(Collectors.joining(" "));
    }
}
