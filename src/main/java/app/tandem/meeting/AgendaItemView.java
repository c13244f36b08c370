package app.tandem.meeting;

import app.tandem.meeting.agenda.AgendaSection;
import org.jspecify.annotations.Nullable;

/**
 * One item of a check-in's agenda, in the order people put it.
 *
 * @param path the page of what it is about, an address of this application, if any
 * @param addedByPerson a person added it (regenerating keeps it); otherwise it was generated
 * @param notes what was said about it in the meeting
 * @param notesVersion the version of the notes, which a change of them sends back (only a change of
 *     the notes moves it)
 */
public record AgendaItemView(
        long id,
        AgendaSection section,
        String title,
        @Nullable String detail,
        @Nullable String path,
        @Nullable Ref team,
        int position,
        boolean addedByPerson,
        @Nullable String notes,
        long notesVersion) {

    public String sectionLabel() {
        return section.label();
    }
}
