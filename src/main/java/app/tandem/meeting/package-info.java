/**
 * Regular check-ins (M9): a cadence per workspace or per business goal with generated, editable
 * dates; each check-in's agenda generated from what changed since the last one (sub-package {@code
 * agenda}: new and unacknowledged insights, KPI health, initiatives at risk or late, hand-offs due,
 * plan conflicts and moves, decisions due, overdue action items), reordered and completed by people;
 * minutes with attendance, notes, decisions and action items; the minutes as Markdown and a
 * printable page; iCalendar feeds per workspace and per person.
 */
@ApplicationModule(
        allowedDependencies = {
            "initiative",
            "goal",
            "insight",
            "planning",
            "planning :: core",
            "persona",
            "journey",
            "workspace",
            "identity",
            "support",
            "support :: export"
        })
@NullMarked
package app.tandem.meeting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
