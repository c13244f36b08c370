package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormAddressesTest {

    @Test
    void aFormAddressLeadsOneStepUpWithinTheWorkspace() {
        assertThat(FormAddresses.up("/w/budgetly/discovery/2/decisions")).isEqualTo("/w/budgetly/discovery/2");
        assertThat(FormAddresses.up("/w/budgetly/check-ins/3/agenda/items"))
                .isEqualTo("/w/budgetly/check-ins/3/agenda");
        assertThat(FormAddresses.up("/w/budgetly/teams/")).isEqualTo("/w/budgetly");
        assertThat(FormAddresses.up("/w/budgetly/teams")).isEqualTo("/w/budgetly");
        assertThat(FormAddresses.up("/w/budgetly")).isNull();
        assertThat(FormAddresses.up("/w/")).isNull();
        assertThat(FormAddresses.up("/api/v1/workspaces/budgetly/teams")).isNull();
        assertThat(FormAddresses.up("/admin/users/3/password-link")).isNull();
    }
}
