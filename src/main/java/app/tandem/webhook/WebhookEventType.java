package app.tandem.webhook;

import java.util.Arrays;
import java.util.Optional;

/** What a subscription can ask to hear of; {@link #type()} is the payload's {@code type}. */
public enum WebhookEventType {
    INSIGHT_CAPTURED("insight.captured", "An insight was captured"),
    INSIGHT_ROUTED("insight.routed", "An insight reached a team's inbox"),
    KPI_HEALTH_CHANGED("kpi.health-changed", "A KPI's health changed"),
    INITIATIVE_PROPOSED("initiative.proposed", "An initiative was proposed"),
    INITIATIVE_COMMITTED("initiative.committed", "An initiative was committed"),
    INITIATIVE_STATUS_CHANGED("initiative.status-changed", "An initiative's status changed"),
    DEPENDENCY_AT_RISK("dependency.at-risk", "A dependency became at risk"),
    DECISION_RECORDED("decision.recorded", "A decision was recorded in a discovery session"),
    CHECK_IN_SCHEDULED("check-in.scheduled", "A check-in was scheduled");

    /** The type of the test event an admin sends; it goes to the one subscription whatever it asks for. */
    public static final String TEST = "webhook.test";

    private final String type;
    private final String label;

    WebhookEventType(String type, String label) {
        this.type = type;
        this.label = label;
    }

    public String type() {
        return type;
    }

    public String label() {
        return label;
    }

    public static Optional<WebhookEventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
