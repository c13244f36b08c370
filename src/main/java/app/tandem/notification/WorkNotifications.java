package app.tandem.notification;

import app.tandem.identity.Users;
import app.tandem.meeting.ActionItemAssigned;
import app.tandem.review.ReviewerInvited;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails a person the work given to them, after the transaction that gave it committed: an action
 * item they now own, a review they are invited to. The events are kept in the event publication
 * registry until handled, so a restart loses no mail; without mail set up nothing is sent.
 */
@Component
class WorkNotifications {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final WorkMail mail;
    private final Users users;

    WorkNotifications(WorkMail mail, Users users) {
        this.mail = mail;
        this.users = users;
    }

    @ApplicationModuleListener
    void on(ActionItemAssigned assigned) {
        users.findById(assigned.ownerId())
                .ifPresent(owner -> mail.send(
                        owner,
                        "Action item for you: " + assigned.text(),
                        "An action item from a check-in is yours" + due(assigned.due()) + ":\n\n" + assigned.text(),
                        assigned.path()));
    }

    @ApplicationModuleListener
    void on(ReviewerInvited invited) {
        users.findById(invited.reviewerId())
                .ifPresent(reviewer -> mail.send(
                        reviewer,
                        "Your review is asked for: " + invited.title(),
                        "You are invited to review \"" + invited.title() + "\"" + due(invited.due())
                                + ". Comment and give your verdict (approve, concerns or block) on its page.",
                        invited.path()));
    }

    private static String due(@Nullable LocalDate due) {
        return due == null ? "" : ", due " + DAY.format(due);
    }
}
