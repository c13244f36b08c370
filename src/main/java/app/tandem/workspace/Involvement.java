package app.tandem.workspace;

/** Whether a team member leads the work or executes it (discovery sessions warn when only leaders attend). */
public enum Involvement {
    LEADS,
    EXECUTES;

    public String label() {
        return this == LEADS ? "Leads" : "Executes";
    }
}
