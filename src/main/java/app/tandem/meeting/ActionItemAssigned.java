package app.tandem.meeting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An action item got an owner, or a new one: published with the change, for whoever tells the
 * owner (the notification module mails it).
 *
 * @param path the check-in's page, where the action item is: {@code /w/budgetly/check-ins/4}
 */
public record ActionItemAssigned(
        long workspaceId,
        long actionItemId,
        long ownerId,
        String text,
        @Nullable LocalDate due,
        String path) {}
