package app.tandem.initiative;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The initiatives that run on a day of the window, in one lane per proposing team (teams by name,
 * then "No team"), by start date; the dependencies among them with why each is at risk, in words.
 * At most {@link #MAX_BARS} initiatives are drawn, the earliest first; {@code omitted} says how many
 * more the window holds.
 */
public record Roadmap(
        LocalDate from,
        LocalDate to,
        LocalDate today,
        boolean withDropped,
        List<Lane> lanes,
        List<Arrow> arrows,
        long omitted) {

    /** The most initiatives one roadmap draws. */
    public static final int MAX_BARS = 1000;

    /** A team's lane ({@code team} null for the lane of initiatives without a team). */
    @Schema(name = "RoadmapLane")
    public record Lane(@Nullable Ref team, String name, List<Bar> bars) {}

    /**
     * An initiative from its start to its due date, and the weeks today's plan gives it ({@code
     * plannedStart} to {@code plannedEnd}; null when the plan does not schedule it: done, dropped).
     */
    @Schema(name = "RoadmapBar")
    public record Bar(
            long id,
            String title,
            InitiativeKind kind,
            InitiativeStatus status,
            LocalDate startDate,
            LocalDate dueDate,
            @Nullable LocalDate plannedStart,
            @Nullable LocalDate plannedEnd) {}

    /** A dependency: the dependant needs {@code kind} from the provider by {@code handoffDue}; why it is at risk. */
    public record Arrow(
            long dependencyId,
            InitiativeRef provider,
            InitiativeRef dependant,
            DependencyKind kind,
            LocalDate handoffDue,
            DependencyState state,
            boolean atRisk,
            List<String> riskReasons) {}
}
