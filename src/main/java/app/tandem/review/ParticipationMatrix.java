package app.tandem.review;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * How often teams took part in each other's work since a day: a row per team whose work or meeting
 * it was (the host), a cell per team that took part, with how many occasions and of which kinds. A
 * team's part in its own work is not counted (the diagonal stays empty). {@code walls} are the pairs
 * of teams where neither took part in the other's work.
 *
 * @param days how many days back it counts
 * @param since the first day counted
 * @param teams every team of the workspace, in the order of the rows and of the columns
 * @param kinds the kinds of occasions counted ("Check-in", "Discovery session", "Review"), alphabetical
 * @param rows a row per team, in the order of {@code teams}
 * @param max the largest count of a cell, for the colour scale (0 when nothing was counted)
 * @param occasions how many occasions had teams taking part in another team's work
 */
public record ParticipationMatrix(
        int days,
        LocalDate since,
        List<Ref> teams,
        List<String> kinds,
        List<Row> rows,
        List<Wall> walls,
        int max,
        int occasions) {

    /** One host team's row: a cell per team of the workspace. */
    @Schema(name = "ParticipationRow")
    public record Row(Ref host, List<Cell> cells) {}

    /**
     * How many occasions of {@code host} the {@code participant} team took part in, in all and by
     * kind (in the order of {@link ParticipationMatrix#kinds()}).
     */
    public record Cell(Ref host, Ref participant, int count, List<KindCount> byKind) {

        public boolean self() {
            return host.id() == participant.id();
        }
    }

    /** How many occasions of one kind. */
    public record KindCount(String kind, int count) {}

    /** Two teams neither of which took part in the other's work. */
    public record Wall(Ref team, Ref other) {}

    /**
     * The colour step a cell is drawn in, as a CSS class: {@code heat-self} for a team's own work,
     * else {@code heat-0} (none) to {@code heat-4} (the most), by {@link #level}. The heat map and
     * the dashboard's table use the same steps.
     */
    public String heat(Cell cell) {
        return cell.self() ? "heat-self" : "heat-" + level(cell.count(), max);
    }

    /** The colour step of a count: 0 for none, then 1 to 4 by quarters of the largest count. */
    public static int level(int count, int max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        return Math.max(1, Math.min(4, (int) Math.ceil(4.0 * count / max)));
    }
}
