package app.tandem.meeting.calendar;

import app.tandem.support.DomainException;

/** A calendar feed asked for without a current calendar link (or a sign-in). */
public class CalendarLinkUnknown extends DomainException {

    public CalendarLinkUnknown() {
        super(
                Kind.NOT_FOUND,
                "No calendar at this link: it was replaced by a newer one, or never existed. Make a new one under"
                        + " My work → Calendar link.");
    }

    @Override
    public String code() {
        return "calendar-link-unknown";
    }
}
