package app.tandem.initiative.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.tandem.initiative.InitiativeInput;
import app.tandem.initiative.InitiativeKind;
import app.tandem.initiative.RaciRole;
import app.tandem.support.DomainException;
import app.tandem.support.Problems.FieldError;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InitiativeChecksTest {

    private static final long MARKETING = 10;
    private static final long DESIGN = 11;
    private static final long ANA = 1;
    private static final long BEN = 2;
    private static final Set<Long> MEMBERS = Set.of(ANA, BEN);
    private static final Set<Long> TEAMS = Set.of(MARKETING, DESIGN);
    /** Ana is in Marketing, Ben in Design. */
    private static final InitiativeChecks.ContributorTeams IN_TEAM =
            (user, team) -> (user == ANA && team == MARKETING) || (user == BEN && team == DESIGN);

    private static InitiativeInput campaign(
            LocalDate start,
            LocalDate due,
            long ownerId,
            List<InitiativeInput.Effort> effort,
            List<InitiativeInput.Contributor> contributors) {
        return new InitiativeInput(
                "Re-onboarding emails",
                "Calmer *emails*",
                InitiativeKind.CAMPAIGN,
                MARKETING,
                ownerId,
                start,
                due,
                null,
                effort,
                contributors);
    }

    @Test
    void aCompleteInitiativeOfTheWorkspacePasses() {
        InitiativeInput input = campaign(
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 1),
                ANA,
                List.of(new InitiativeInput.Effort(MARKETING, 3.5), new InitiativeInput.Effort(DESIGN, 0.0)),
                List.of(new InitiativeInput.Contributor(BEN, DESIGN, RaciRole.CONSULTED)));
        assertThatCode(() -> InitiativeChecks.check(input, MEMBERS, TEAMS, IN_TEAM))
                .doesNotThrowAnyException();
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        InitiativeInput input = campaign(
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 2, 28),
                99,
                List.of(new InitiativeInput.Effort(MARKETING, -1.0), new InitiativeInput.Effort(MARKETING, 2.0)),
                List.of(new InitiativeInput.Contributor(98L, 77L, null)));
        DomainException refused = catchThrowableOfType(
                DomainException.class, () -> InitiativeChecks.check(input, MEMBERS, TEAMS, IN_TEAM));
        assertThat(refused.fieldErrors())
                .containsExactly(
                        new FieldError("ownerId", "The owner must be a member of this workspace."),
                        new FieldError("dueDate", "It is due on 28 Feb 2027, before it starts on 1 Mar 2027."),
                        new FieldError(
                                "effort[0].personWeeks", "Effort cannot be negative: give 0 or more person-weeks."),
                        new FieldError("effort[1].teamId", "This team's effort is already given above."),
                        new FieldError("contributors[0].userId", "A contributor must be a member of this workspace."),
                        new FieldError("contributors[0].teamId", "No team 77 in this workspace."),
                        new FieldError(
                                "contributors[0].role", "Choose whether they are responsible, consulted or informed."));
    }

    @Test
    void aContributorWorksForOneOfTheirOwnTeamsOrNone() {
        InitiativeInput input = campaign(
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 1),
                ANA,
                List.of(),
                List.of(
                        new InitiativeInput.Contributor(ANA, DESIGN, RaciRole.RESPONSIBLE),
                        new InitiativeInput.Contributor(BEN, null, RaciRole.CONSULTED)));
        DomainException refused = catchThrowableOfType(
                DomainException.class, () -> InitiativeChecks.check(input, MEMBERS, TEAMS, IN_TEAM));
        assertThat(refused.fieldErrors())
                .containsExactly(new FieldError(
                        "contributors[0].teamId",
                        "This person is not in that team: choose one of their teams, or no team."));
    }

    @Test
    void missingPartsAreNamedEachOfThem() {
        InitiativeInput empty = new InitiativeInput(" ", null, null, null, null, null, null, null, null, null);
        DomainException refused = catchThrowableOfType(
                DomainException.class, () -> InitiativeChecks.check(empty, MEMBERS, TEAMS, IN_TEAM));
        assertThat(refused.fieldErrors())
                .extracting(FieldError::field)
                .containsExactly("title", "kind", "proposingTeamId", "ownerId", "startDate", "dueDate");
    }
}
