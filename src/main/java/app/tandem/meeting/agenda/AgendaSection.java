package app.tandem.meeting.agenda;

/** The parts of a generated agenda, in the order a check-in goes through them. */
public enum AgendaSection {
    NEW_INSIGHTS("New insights"),
    UNACKNOWLEDGED_INSIGHTS("Insights waiting for their team"),
    KPI_HEALTH("KPI health"),
    GUARDRAIL_BREACHES("Guardrails breached"),
    INITIATIVES_AT_RISK("Initiatives at risk or late"),
    HAND_OFFS_DUE("Hand-offs due before the next check-in"),
    PLAN("The plan: open conflicts and what moved"),
    DECISIONS_DUE("Decisions due"),
    ACTION_ITEMS_OVERDUE("Overdue action items"),
    ADDED("Added by people");

    private final String label;

    AgendaSection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
