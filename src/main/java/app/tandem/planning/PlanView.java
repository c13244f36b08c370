package app.tandem.planning;

import app.tandem.planning.core.Score;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The plan of a workspace under one scoring model: one page of the ranked initiatives, each with its
 * score broken into terms, the sentence that explains its rank, its planned dates against its own,
 * its slack and whether it is on the critical path; every conflict with the reason and where it is
 * fixed; the critical path; the user-against-business-value picture of every ranked initiative.
 */
public record PlanView(
        String model,
        String modelLabel,
        LocalDate today,
        LocalDate firstWeek,
        LocalDate end,
        List<Entry> entries,
        int page,
        int size,
        long totalItems,
        int totalPages,
        List<ConflictView> conflicts,
        List<Step> criticalPath,
        List<Point> values) {

    public PlanView {
        entries = List.copyOf(entries);
        conflicts = List.copyOf(conflicts);
        criticalPath = List.copyOf(criticalPath);
        values = List.copyOf(values);
    }

    /** Whether there is nothing to plan: no initiative is open. */
    public boolean isEmpty() {
        return totalItems == 0;
    }

    /**
     * One ranked initiative. {@code start}/{@code end} are the planned dates; {@code ownStart}/{@code
     * ownDue} the initiative's own; {@code fixed} when committed or in progress (it keeps its own);
     * {@code waitsOn} its own critical path: the chain of work it waits on, first to last.
     */
    @Schema(name = "PlanEntry")
    public record Entry(
            int rank,
            long id,
            String title,
            String kind,
            String status,
            double score,
            List<Score.Term> breakdown,
            String explanation,
            LocalDate start,
            LocalDate end,
            boolean fixed,
            LocalDate ownStart,
            LocalDate ownDue,
            long slackDays,
            boolean critical,
            List<InitiativeRef> waitsOn) {

        public Entry {
            breakdown = List.copyOf(breakdown);
            waitsOn = List.copyOf(waitsOn);
        }

        /** Whether the plan finishes it after its own due date. */
        public boolean endsLate() {
            return end.isAfter(ownDue);
        }
    }

    /** A conflict: its kind, the reason in words, the initiatives in it, and the page where it is fixed. */
    public record ConflictView(
            String kind, String label, String reason, List<InitiativeRef> initiatives, String fixUrl, String fixLabel) {

        public ConflictView {
            initiatives = List.copyOf(initiatives);
        }
    }

    @Schema(name = "PlanInitiativeRef")
    public record InitiativeRef(long id, String title) {}

    /** One initiative on the critical path, first to last. */
    @Schema(name = "PlanStep")
    public record Step(long id, String title, LocalDate start, LocalDate end) {}

    /**
     * An initiative in the user-against-business-value picture: its business value (from the goals
     * it serves), its user value (user goals helped minus hurt), its effort, its quadrant, and the
     * guardrail KPIs it touches when it is monetisation that hurts an important user goal.
     */
    public record Point(
            long id,
            String title,
            int rank,
            double businessValue,
            double userValue,
            double effort,
            String quadrant,
            @Nullable String flag) {}
}
