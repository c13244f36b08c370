package app.tandem.insight;

/** Where a piece of evidence comes from. */
public enum SourceType {
    SUPPORT_TICKET("Support ticket"),
    USABILITY_TEST("Usability test"),
    CAMPAIGN_RESULT("Campaign result"),
    SURVEY("Survey"),
    INTERVIEW("Interview"),
    FIELD_STUDY("Field study"),
    ANALYTICS("Analytics"),
    SALES_CALL("Sales call"),
    OTHER("Other");

    private final String label;

    SourceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
