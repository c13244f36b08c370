package app.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the evidence flow says a team's median wait before it acknowledged what reached it. */
class EvidenceFlowTest {

    @Test
    void aWaitIsSaidInTheUnitThatReadsBest() {
        assertThat(EvidenceFlow.waitShown(null)).isEqualTo("–");
        assertThat(EvidenceFlow.waitShown(0.0)).as("not '0 min'").isEqualTo("under a minute");
        assertThat(EvidenceFlow.waitShown(20.0 / 24 / 3600)).isEqualTo("under a minute");
        assertThat(EvidenceFlow.waitShown(40.0 / 24 / 60)).isEqualTo("40 min");
        assertThat(EvidenceFlow.waitShown(5.0 / 24)).isEqualTo("5 h");
        assertThat(EvidenceFlow.waitShown(1.0)).isEqualTo("1 day");
        assertThat(EvidenceFlow.waitShown(1.54)).isEqualTo("1.5 days");
    }
}
