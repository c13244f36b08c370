package app.tandem.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TeamColoursTest {

    @Test
    void teamsTakeTheColoursInTheirOrderAndTheNinthStartsAgainAtTheFirst() {
        List<String> teams =
                List.of("Design", "IT", "Marketing", "Sales", "Support", "Legal", "Ops", "Data", "Finance");

        assertThat(TeamColours.of(teams))
                .containsEntry("Design", "team-c1")
                .containsEntry("Support", "team-c5")
                .containsEntry("Data", "team-c8")
                .containsEntry("Finance", "team-c1")
                .hasSize(9);
    }
}
