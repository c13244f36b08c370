package app.tandem.discovery;

import app.tandem.discovery.rules.FindingKind;
import app.tandem.discovery.rules.WarningKind;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A discovery session with everything about it: the invited people (their teams, whether they lead
 * or execute, whether they attended), each team's statement side by side, what Tandem finds in them
 * (overlaps, conflicts, trade-offs, each explained), the warnings about who is there (from the
 * invitations before attendance is recorded, from attendance after: {@code warningsFrom}), the
 * outcomes, and the {@code version} a change must send back.
 */
public record SessionView(
        long id,
        String topic,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String timeZone,
        @Nullable Ref hostTeam,
        List<Ref> goals,
        List<InviteeView> invitees,
        boolean attendanceRecorded,
        List<StatementView> statements,
        List<FindingView> findings,
        String warningsFrom,
        List<WarningView> warnings,
        List<Ref> involvedInitiatives,
        List<OutcomeView> outcomes,
        long version) {

    /** When it starts, as the clocks of its time zone show it (startsAt is UTC). */
    public LocalDateTime localStartsAt() {
        return startsAt.atOffset(ZoneOffset.UTC)
                .atZoneSameInstant(ZoneId.of(timeZone))
                .toLocalDateTime();
    }

    /** When it ends, as the clocks of its time zone show it (endsAt is UTC). */
    public LocalDateTime localEndsAt() {
        return endsAt.atOffset(ZoneOffset.UTC)
                .atZoneSameInstant(ZoneId.of(timeZone))
                .toLocalDateTime();
    }

    /** An invited person: their teams, "Leads" / "Executes" / "No team", and whether they attended (null: not recorded). */
    public record InviteeView(
            Ref person,
            List<String> teams,
            String involvement,
            @Nullable Boolean attended) {}

    /** One team's statement; {@code version} is what an edit sends back. */
    public record StatementView(
            Ref team,
            String aim,
            List<Ref> goals,
            List<Ref> userGoals,
            List<KpiEffectView> kpis,
            @Nullable Double capacity,
            List<NeedView> needs,
            long version) {}

    public record KpiEffectView(Ref kpi, KpiEffect effect) {}

    public record NeedView(Ref team, double personWeeks) {}

    /** An overlap, conflict or trade-off, the sentence explaining it, and the teams it is about. */
    public record FindingView(FindingKind kind, String sentence, List<Ref> teams) {}

    public record WarningView(WarningKind kind, String sentence) {}

    /** A decision or an initiative created or changed by the session, who recorded it and when. */
    public record OutcomeView(
            long id,
            OutcomeKind kind,
            String what,
            @Nullable String why,
            List<Ref> initiatives,
            List<Ref> goals,
            Ref by,
            Instant at) {}

    public List<FindingView> findings(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }
}
