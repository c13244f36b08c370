package app.tandem.dashboard;

import app.tandem.workspace.WorkItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's home page for the person who opened it, as the page draws it and the API returns
 * it: what needs them, what changed since their last visit, the next check-in and its agenda so far,
 * and the teams. Every item carries {@code path}, the page where it is handled.
 *
 * @param role the person's role here: ADMIN, MEMBER or VIEWER
 * @param canChange whether the person may change the workspace (not a viewer)
 */
public record HomeView(
        String workspace,
        String workspaceName,
        String role,
        boolean canChange,
        NeedsMe needsMe,
        Changes changes,
        NextCheckIn nextCheckIn,
        Teams teams) {

    /**
     * The person's open work in this workspace — action items, reviews they are invited to, insights
     * routed to their teams, check-ins and sessions they attend — overdue first, then by due date.
     *
     * @param total how many open items the person has here
     * @param items the first of them, at most the home page's limit
     */
    public record NeedsMe(long total, List<WorkItem> items) {

        public NeedsMe {
            items = List.copyOf(items);
        }

        /** Whether more items wait than are listed. */
        public boolean more() {
            return total > items.size();
        }

        /** How many of them are overdue among those listed. */
        public long overdue() {
            return items.stream().filter(WorkItem::overdue).count();
        }
    }

    /**
     * What changed in the workspace since {@code since}: the start of the person's previous visit, or,
     * on a first visit ({@code firstVisit}), the start of the day {@code firstVisitDays} days ago.
     */
    public record Changes(
            Instant since,
            boolean firstVisit,
            int firstVisitDays,
            List<KpiChange> kpis,
            NewInsights insights,
            Slipped initiatives) {

        public Changes {
            kpis = List.copyOf(kpis);
        }

        /** The day {@code since} falls on (UTC), as the page says it. */
        public LocalDate sinceDay() {
            return LocalDate.ofInstant(since, java.time.ZoneOffset.UTC);
        }

        /** Whether nothing changed at all. */
        public boolean nothing() {
            return kpis.isEmpty() && insights.total() == 0 && initiatives.total() == 0;
        }
    }

    /**
     * A KPI whose health is not what it was at {@code since}.
     *
     * @param worse whether it moved toward off track (a KPI first measured since is not worse)
     */
    public record KpiChange(
            long id,
            String name,
            String path,
            String healthThen,
            String healthThenLabel,
            String healthNow,
            String healthNowLabel,
            boolean worse) {}

    /**
     * The insights captured since, grouped by theme, the themes with most first and the insights in no
     * theme last ({@code themeId} null).
     *
     * @param total how many were captured
     * @param read how many of the newest of them were grouped (all, unless very many arrived)
     */
    public record NewInsights(long total, int read, String path, List<ThemeGroup> themes) {

        public NewInsights {
            themes = List.copyOf(themes);
        }
    }

    /** New insights of one theme: how many, and the newest few. */
    public record ThemeGroup(
            @Nullable Long themeId, String name, @Nullable String path, long count, List<Link> newest) {

        public ThemeGroup {
            newest = List.copyOf(newest);
        }
    }

    /** Something to open: its title and its page. */
    public record Link(String title, String path) {}

    /** The initiatives that became at risk or late since: how many, and the first by due date. */
    public record Slipped(long total, List<SlippedInitiative> initiatives) {

        public Slipped {
            initiatives = List.copyOf(initiatives);
        }
    }

    /** An initiative that became at risk (a dependency it needs is) or late (past its due date, still open). */
    public record SlippedInitiative(
            long id,
            String title,
            String path,
            String status,
            LocalDate due,
            boolean becameAtRisk,
            boolean becameLate,
            List<String> reasons) {

        public SlippedInitiative {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * The next check-in that is not cancelled, from now on ({@code checkIn} null when none is
     * scheduled), whether the workspace has regular check-ins at all ({@code cadences}), and where to
     * see them all or set them up.
     */
    public record NextCheckIn(@Nullable Upcoming checkIn, boolean cadences, String checkInsPath, String setUpPath) {}

    /**
     * A check-in to come and its agenda so far: {@code agendaReady} false until the agenda is
     * generated (the first time someone who may change the workspace opens the check-in).
     *
     * @param agendaTotal how many items the agenda has; {@code agenda} lists the first of them
     */
    public record Upcoming(
            long id,
            String title,
            LocalDate date,
            LocalTime startTime,
            String timeZone,
            @Nullable String place,
            String path,
            boolean agendaReady,
            int agendaTotal,
            List<AgendaLine> agenda) {

        public Upcoming {
            agenda = List.copyOf(agenda);
        }
    }

    /** An item of an agenda: its section, what it is about, and its page when it has one. */
    public record AgendaLine(
            String section,
            String title,
            @Nullable String detail,
            @Nullable String path) {}

    /** The workspace's teams and how many people are members. */
    public record Teams(long members, String path, List<TeamCard> teams) {

        public Teams {
            teams = List.copyOf(teams);
        }
    }

    /** A team: its name, how many people are in it, and its page. */
    public record TeamCard(long id, String name, int people, String path) {}
}
