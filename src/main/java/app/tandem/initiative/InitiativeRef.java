package app.tandem.initiative;

import java.time.LocalDate;

/** An initiative as a dependency names it: enough to see whether its dates fit. */
public record InitiativeRef(long id, String title, InitiativeStatus status, LocalDate startDate, LocalDate dueDate) {}
