package app.tandem.meeting.agenda;

import org.jspecify.annotations.Nullable;

/**
 * One item of a generated agenda: something that changed since the last check-in, linked to what
 * it is about.
 *
 * @param section which part of the agenda it belongs to
 * @param title what changed, in one line: "Onboarding e-mail fix became at risk"
 * @param detail one more line, if any: "Due 12 December; depends on IT's form endpoint"
 * @param path the page of what it is about, an address of this application, if any
 * @param teamId the team it concerns most, if one
 */
public record AgendaEntry(
        AgendaSection section,
        String title,
        @Nullable String detail,
        @Nullable String path,
        @Nullable Long teamId) {}
