package app.tandem.workspace;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One thing a person has to do, for the "My work" inbox ({@link WorkForMe}).
 *
 * @param kind what it is, in a few words: "Action item", "Review", "Insight", "Check-in"
 * @param title what it is about, as its owner wrote it
 * @param workspaceSlug the workspace it belongs to
 * @param workspaceName that workspace's name
 * @param path where it is handled, an address of this application: {@code /w/budgetly/check-ins/4}
 * @param due when it is due or takes place, if it has a date
 * @param overdue whether its date has passed while it is still open
 * @param detail one more line about it, if any: "From the check-in of 3 November"
 */
public record WorkItem(
        String kind,
        String title,
        String workspaceSlug,
        String workspaceName,
        String path,
        @Nullable LocalDate due,
        boolean overdue,
        @Nullable String detail) {}
