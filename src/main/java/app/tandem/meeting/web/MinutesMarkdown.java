package app.tandem.meeting.web;

import app.tandem.meeting.ActionItemView;
import app.tandem.meeting.AgendaItemView;
import app.tandem.meeting.CheckInSummary;
import app.tandem.meeting.CheckInView;
import app.tandem.meeting.DecisionState;
import app.tandem.meeting.DecisionView;
import app.tandem.meeting.Ref;
import app.tandem.meeting.rules.MarkdownText;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** A check-in's minutes as Markdown, every piece of people's text escaped ({@link MarkdownText}). */
final class MinutesMarkdown {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private MinutesMarkdown() {}

    static String of(CheckInView view) {
        CheckInSummary c = view.checkIn();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(MarkdownText.inline(c.title())).append(", ").append(DAY.format(c.date()));
        md.append("\n\n");
        md.append(c.startTime()).append("–").append(c.endTime()).append(' ').append(c.timeZone());
        if (c.place() != null) {
            md.append(" · ").append(MarkdownText.inline(c.place()));
        }
        if (c.state() == app.tandem.meeting.CheckInState.CANCELLED) {
            md.append(" · **Cancelled**");
        }
        md.append("\n\n## Attendance\n\n");
        md.append(
                view.attendees().isEmpty()
                        ? "Not recorded."
                        : view.attendees().stream()
                                .map(Ref::name)
                                .map(MarkdownText::inline)
                                .collect(Collectors.joining(", ")));
        md.append("\n\n## Agenda\n\n");
        if (view.agenda().isEmpty()) {
            md.append("Nothing on the agenda.\n");
        }
        int n = 1;
        for (AgendaItemView item : view.agenda()) {
            md.append(n++)
                    .append(". **")
                    .append(MarkdownText.inline(item.title()))
                    .append("**");
            md.append(" (").append(item.sectionLabel()).append(')');
            if (item.detail() != null) {
                md.append(" — ").append(MarkdownText.inline(item.detail()));
            }
            md.append('\n');
            if (item.notes() != null) {
                md.append("\n   ")
                        .append(MarkdownText.indented(item.notes(), 3))
                        .append("\n\n");
            }
        }
        md.append("\n## Decisions\n\n");
        if (view.decisions().isEmpty()) {
            md.append("None.\n");
        }
        for (DecisionView d : view.decisions()) {
            md.append("- **").append(MarkdownText.inline(d.what())).append("**");
            if (d.state() == DecisionState.DUE && d.due() != null) {
                md.append(" (to decide by ").append(d.due()).append(')');
            }
            md.append('\n');
            if (d.why() != null) {
                md.append("  - Why: ").append(MarkdownText.indented(d.why(), 4)).append('\n');
            }
            if (d.reprioritised() != null) {
                md.append("  - Re-prioritised: ")
                        .append(MarkdownText.indented(d.reprioritised(), 4))
                        .append('\n');
            }
            if (!d.initiatives().isEmpty()) {
                md.append("  - Initiatives: ").append(names(d.initiatives())).append('\n');
            }
            if (!d.goals().isEmpty()) {
                md.append("  - Business goals: ").append(names(d.goals())).append('\n');
            }
        }
        md.append("\n## Action items\n\n");
        if (view.actionItems().isEmpty()) {
            md.append("None.\n");
        }
        for (ActionItemView a : view.actionItems()) {
            md.append("- [")
                    .append(a.state() == app.tandem.meeting.ActionItemState.DONE ? 'x' : ' ')
                    .append("] ");
            md.append(MarkdownText.inline(a.text()))
                    .append(" — ")
                    .append(MarkdownText.inline(a.owner().name()));
            if (a.due() != null) {
                md.append(", due ").append(a.due());
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String names(java.util.List<Ref> refs) {
        return refs.stream().map(Ref::name).map(MarkdownText::inline).collect(Collectors.joining(", "));
    }
}
