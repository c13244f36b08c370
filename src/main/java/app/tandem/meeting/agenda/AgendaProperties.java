package app.tandem.meeting.agenda;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the generated agenda ({@code tandem.check-ins.*}): an insight routed to a team that has
 * not acknowledged it for {@code unacknowledgedAfterDays} days (7) or more is put on the agenda.
 */
@ConfigurationProperties("tandem.check-ins")
public record AgendaProperties(@DefaultValue("7") int unacknowledgedAfterDays) {

    public AgendaProperties {
        if (unacknowledgedAfterDays < 1) {
            throw new IllegalArgumentException(
                    "tandem.check-ins.unacknowledged-after-days must be 1 or more, not " + unacknowledgedAfterDays);
        }
    }
}
