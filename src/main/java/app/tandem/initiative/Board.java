package app.tandem.initiative;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The initiatives by status: one column for each status but dropped (dropped ones are only counted),
 * each with at most {@link #CARDS_PER_COLUMN} cards, the earliest due first, and how many there are in
 * all.
 */
public record Board(List<Column> columns, long dropped) {

    /** The most cards one column shows; the rest are in the list filtered by that status. */
    public static final int CARDS_PER_COLUMN = 50;

    public record Column(InitiativeStatus status, List<Card> cards, long total) {

        /** How many of the column's initiatives have no card. */
        public long more() {
            return total - cards.size();
        }
    }

    /** An initiative on the board: what a person needs to move it, and the version the move starts from. */
    public record Card(
            long id,
            String title,
            InitiativeKind kind,
            @Nullable Ref team,
            Ref owner,
            LocalDate dueDate,
            boolean atRisk,
            List<InitiativeStatus> nextStatuses,
            long version) {}
}
