package app.tandem.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EarlierAddressesTest {

    @Test
    void putsTheCurrentAddressWhereTheEarlierOneWasInPagesAndTheApi() {
        assertThat(EarlierAddresses.moved("/w/acme/insights/3", "acme", "acme-labs"))
                .isEqualTo("/w/acme-labs/insights/3");
        assertThat(EarlierAddresses.moved("/w/acme", "acme", "acme-labs")).isEqualTo("/w/acme-labs");
        assertThat(EarlierAddresses.moved("/api/v1/workspaces/acme/teams", "acme", "acme-labs"))
                .isEqualTo("/api/v1/workspaces/acme-labs/teams");
        // another workspace whose address starts the same, and no move at all
        assertThat(EarlierAddresses.moved("/w/acme-old/insights", "acme", "acme-labs"))
                .isNull();
        assertThat(EarlierAddresses.moved("/w/acme/insights", "acme", null)).isNull();
    }
}
