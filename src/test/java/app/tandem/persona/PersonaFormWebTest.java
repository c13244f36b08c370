package app.tandem.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.tandem.identity.Principals;
import app.tandem.identity.TandemPrincipal;
import app.tandem.support.BodyLimits;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.InvalidInput;
import app.tandem.support.Navigation;
import app.tandem.support.Paging;
import app.tandem.support.PagingProperties;
import app.tandem.workspace.Role;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import app.tandem.workspace.internal.WorkspaceAdministration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The persona and user goal forms refused: the page comes back with every error beside its field
 * and everything the person typed, and nothing is saved. Only the controllers and the layout run;
 * the module's service and the workspace access are mocked.
 */
@WebMvcTest({PersonaController.class, UserGoalController.class})
@Import({Paging.class, Navigation.class, PersonaNavigation.class})
// BodyLimits: the upload quota, an MVC configurer every slice picks up, reads them
@EnableConfigurationProperties({PagingProperties.class, BodyLimits.class})
class PersonaFormWebTest {

    private static final TandemPrincipal MAYA = Principals.person(7, "Maya Ortiz");
    private static final WorkspaceContext BUDGETLY = new WorkspaceContext(1, "budgetly", "Budgetly", 7, Role.MEMBER);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Personas personas;

    @MockitoBean
    Workspaces workspaces;

    /** The layout's workspace switcher (an empty list from the mock). */
    @MockitoBean
    WorkspaceAdministration administration;

    @BeforeEach
    void mayaIsAMemberOfBudgetly() {
        when(workspaces.accessToChange("budgetly", 7)).thenReturn(BUDGETLY);
        when(workspaces.allTeams(BUDGETLY))
                .thenReturn(List.of(
                        new TeamView(3, "Marketing", null, false, List.of(), 0),
                        new TeamView(4, "Design", null, false, List.of(), 0)));
    }

    @Test
    void aPersonaWithoutANameIsRefusedAndKeepsWhatWasTyped() {
        MvcTestResult result = mvc.post()
                .uri("/w/budgetly/personas")
                .with(user(MAYA))
                .with(csrf())
                .param("name", "  ")
                .param("teamId", "4")
                .param("summary", "Freelancer whose income changes every month")
                .param("motivations", "Pay taxes on time\nSave for a quiet month")
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("persona/form");
        assertThat(result)
                .bodyText()
                .contains("<p id=\"persona-name-error\" class=\"field-error\">Give the persona a name")
                .contains("Freelancer whose income changes every month</textarea>")
                .contains("Pay taxes on time\nSave for a quiet month</textarea>")
                .contains("<option value=\"4\" selected=\"selected\">Design</option>");
        verify(personas, never()).createTeamPersona(anyString(), anyLong(), any());
    }

    /** A new workspace has no team to choose yet: the form says so and where teams are added. */
    @Test
    void aWorkspaceWithoutTeamsSaysToAddThemFirst() {
        when(workspaces.allTeams(BUDGETLY)).thenReturn(List.of());
        MvcTestResult result =
                mvc.get().uri("/w/budgetly/personas/new").with(user(MAYA)).exchange();
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("This workspace has no team yet: <a href=\"/w/budgetly/teams\">add the teams first</a>");

        when(workspaces.allTeams(BUDGETLY))
                .thenReturn(List.of(new TeamView(3, "Marketing", null, false, List.of(), 0)));
        assertThat(mvc.get().uri("/w/budgetly/personas/new").with(user(MAYA)).exchange())
                .bodyText()
                .doesNotContain("no team yet");
    }

    @Test
    void aQuoteTooLongIsRefusedBesideTheQuote() {
        MvcTestResult result = mvc.post()
                .uri("/w/budgetly/personas")
                .with(user(MAYA))
                .with(csrf())
                .param("name", "Frugal freelancer")
                .param("quote", "I budget. ".repeat(51))
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("persona/form");
        assertThat(result)
                .bodyText()
                .contains("value=\"Frugal freelancer\"")
                .contains("I budget. ".repeat(51).strip())
                .containsPattern(
                        "id=\"persona-quote\"[^>]*>\\s*<p class=\"field-error\" id=\"personaForm-quote-error\">"
                                + "At most 500 characters.</p>");
        verify(personas, never()).createTeamPersona(anyString(), anyLong(), any());
    }

    @Test
    void everyErrorIsShownAtOnceEachFieldMarkedInvalidAndTiedToItsMessage() throws Exception {
        doThrow(new InvalidInput("teamId", "Choose the team whose persona this is."))
                .when(personas)
                .check(eq("budgetly"), eq(7L), isNull(), any());

        MvcTestResult result = mvc.post()
                .uri("/w/budgetly/personas")
                .with(user(MAYA))
                .with(csrf())
                .param("name", "")
                .param("teamId", "")
                .param("quote", "I budget. ".repeat(51))
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("persona/form");
        String html = result.getResponse().getContentAsString();
        assertThat(html)
                .contains("<p id=\"persona-name-error\" class=\"field-error\">Give the persona a name")
                .contains(
                        "<p id=\"persona-team-error\" class=\"field-error\">Choose the team whose persona this is.</p>")
                .contains("<p class=\"field-error\" id=\"personaForm-quote-error\">At most 500 characters.</p>");
        assertThat(control(html, "persona-name"))
                .contains("aria-invalid=\"true\"", "aria-describedby=\"persona-name-error\"");
        assertThat(control(html, "persona-team"))
                .contains("aria-invalid=\"true\"", "aria-describedby=\"persona-team-error\"");
        assertThat(control(html, "persona-quote"))
                .contains("aria-invalid=\"true\"", "aria-describedby=\"personaForm-quote-error\"");
        assertThat(control(html, "persona-summary")).doesNotContain("aria-invalid", "aria-describedby");
        verify(personas, never()).createTeamPersona(anyString(), anyLong(), any());
    }

    @Test
    void layingSideBySideWithNothingTickedSaysSo() {
        when(personas.refs(BUDGETLY))
                .thenReturn(List.of(
                        new PersonaRef(21, "Frugal Freelancer", PersonaKind.TEAM),
                        new PersonaRef(22, "Nervous Newcomer", PersonaKind.TEAM)));

        MvcTestResult untouched = mvc.get()
                .uri("/w/budgetly/personas/shared/new")
                .with(user(MAYA))
                .exchange();
        assertThat(untouched).bodyText().contains("Lay side by side").doesNotContain("is ticked");

        MvcTestResult none = mvc.get()
                .uri("/w/budgetly/personas/shared/new?compare=side-by-side")
                .with(user(MAYA))
                .exchange();
        assertThat(none).hasStatusOk().hasViewName("persona/shared-choose");
        assertThat(none)
                .bodyText()
                .contains("No team persona is ticked. Tick at least two to lay them side by side.")
                .contains("name=\"compare\" value=\"side-by-side\"");

        MvcTestResult one = mvc.get()
                .uri("/w/budgetly/personas/shared/new?compare=side-by-side&from=21")
                .with(user(MAYA))
                .exchange();
        assertThat(one)
                .bodyText()
                .contains("Only one team persona is ticked. Tick at least two to lay them side by side.")
                .containsPattern("value=\"21\"[^>]*checked=\"checked\"");
        verify(personas, never()).draft(anyString(), anyLong(), any());
    }

    @Test
    void aUserGoalIsEditedWithTheVersionItWasOpenedAt() {
        when(personas.userGoal("budgetly", 7, 31))
                .thenReturn(new UserGoalView(31, 21, "Frugal Freelancer", "Help me save", 4, "Sales calls", 4));
        when(personas.refs(BUDGETLY)).thenReturn(List.of(new PersonaRef(21, "Frugal Freelancer", PersonaKind.TEAM)));
        when(personas.updateUserGoal("budgetly", 7, 31, 21L, "Help me save for a quiet month", 5, "", 4L))
                .thenReturn(
                        new UserGoalView(31, 21, "Frugal Freelancer", "Help me save for a quiet month", 5, null, 5));

        MvcTestResult form =
                mvc.get().uri("/w/budgetly/user-goals/31/edit").with(user(MAYA)).exchange();
        assertThat(form).hasStatusOk().hasViewName("persona/goal-edit");
        assertThat(form)
                .bodyText()
                .contains("value=\"Help me save\"", "value=\"Sales calls\"")
                .containsPattern("type=\"hidden\"[^>]*name=\"version\" value=\"4\"")
                .contains("<option value=\"21\" selected=\"selected\">Frugal Freelancer</option>");

        MvcTestResult saved = mvc.post()
                .uri("/w/budgetly/user-goals/31/edit")
                .with(user(MAYA))
                .with(csrf())
                .param("personaId", "21")
                .param("sentence", "Help me save for a quiet month")
                .param("importance", "5")
                .param("howWeKnow", "")
                .param("version", "4")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/w/budgetly/user-goals");
        verify(personas).updateUserGoal("budgetly", 7, 31, 21L, "Help me save for a quiet month", 5, "", 4L);
    }

    @Test
    void aUserGoalChangedSinceTheFormOpenedIsNotOverwritten() {
        when(personas.userGoal("budgetly", 7, 31))
                .thenReturn(new UserGoalView(31, 21, "Frugal Freelancer", "Help me save", 4, null, 5));
        when(personas.updateUserGoal("budgetly", 7, 31, 21L, "Help me save more", 3, "", 4L))
                .thenThrow(new ConcurrentChange("this user goal", 5));

        MvcTestResult refused = mvc.post()
                .uri("/w/budgetly/user-goals/31/edit")
                .with(user(MAYA))
                .with(csrf())
                .param("personaId", "21")
                .param("sentence", "Help me save more")
                .param("importance", "3")
                .param("version", "4")
                .exchange();

        assertThat(refused).hasStatusOk().hasViewName("persona/goal-edit");
        assertThat(refused)
                .bodyText()
                .contains("Someone else changed this user goal since you opened it.")
                .containsPattern("<dt>User goal</dt>\\s*<dd>Help me save</dd>")
                .containsPattern("<dt>Importance</dt>\\s*<dd>4</dd>")
                .doesNotContain("<dt>For persona</dt>")
                .contains("Reload the user goal")
                .contains("value=\"Help me save more\"");
    }

    @Test
    void editsSentWithoutTheVersionTheyWereOpenedAtAreRefusedAndNothingIsSaved() {
        when(personas.userGoal("budgetly", 7, 31))
                .thenReturn(new UserGoalView(31, 21, "Frugal Freelancer", "Help me save", 4, null, 4));

        MvcTestResult goal = mvc.post()
                .uri("/w/budgetly/user-goals/31/edit")
                .with(user(MAYA))
                .with(csrf())
                .param("personaId", "21")
                .param("sentence", "Help me save for a quiet month")
                .param("importance", "5")
                .exchange();
        MvcTestResult persona = mvc.post()
                .uri("/w/budgetly/personas/21/edit")
                .with(user(MAYA))
                .with(csrf())
                .param("name", "Frugal freelancer")
                .param("teamId", "4")
                .param("summary", "Freelancer whose income changes every month")
                .exchange();

        assertThat(goal).hasStatusOk().hasViewName("persona/goal-edit");
        assertThat(goal)
                .bodyText()
                .contains("This form was sent without the version it was opened at")
                .contains("value=\"Help me save for a quiet month\"");
        assertThat(persona).hasStatusOk().hasViewName("persona/form");
        assertThat(persona)
                .bodyText()
                .contains("This form was sent without the version it was opened at")
                .contains("Freelancer whose income changes every month</textarea>");
        verify(personas, never()).updateUserGoal(anyString(), anyLong(), anyLong(), any(), any(), any(), any(), any());
        verify(personas, never()).update(anyString(), anyLong(), anyLong(), any(), any());
    }

    @Test
    void anOverLongUserGoalIsRefusedBesideItsFieldNamingTheLimit() {
        when(personas.userGoal("budgetly", 7, 31))
                .thenReturn(new UserGoalView(31, 21, "Frugal Freelancer", "Help me save", 4, null, 4));

        MvcTestResult refused = mvc.post()
                .uri("/w/budgetly/user-goals/31/edit")
                .with(user(MAYA))
                .with(csrf())
                .param("personaId", "21")
                .param("sentence", "Help me " + "save ".repeat(60))
                .param("importance", "3")
                .param("howWeKnow", "tickets ".repeat(70))
                .param("version", "4")
                .exchange();

        assertThat(refused).hasStatusOk();
        assertThat(refused)
                .bodyText()
                .contains("id=\"goalForm-sentence-error\">At most 300 characters.</p>")
                .contains("id=\"goalForm-howWeKnow-error\">At most 500 characters.</p>")
                .contains("save ".repeat(60).strip());
        verify(personas, never()).updateUserGoal(anyString(), anyLong(), anyLong(), any(), any(), any(), any(), any());
    }

    @Test
    void aPersonaOfAnotherWorkspaceIsSaidWithTheFormsOtherErrors() {
        when(personas.ref(BUDGETLY, 99, "personaId")).thenThrow(new PersonaNotFound("personaId", 99));
        when(personas.userGoal("budgetly", 7, 31))
                .thenReturn(new UserGoalView(31, 21, "Frugal Freelancer", "Help me save", 4, null, 4));

        MvcTestResult refused = mvc.post()
                .uri("/w/budgetly/user-goals/31/edit")
                .with(user(MAYA))
                .with(csrf())
                .param("personaId", "99")
                .param("sentence", "")
                .param("importance", "3")
                .param("version", "4")
                .exchange();

        assertThat(refused).hasStatusOk();
        assertThat(refused)
                .bodyText()
                .contains("id=\"goalForm-personaId-error\">There is no persona 99 in this workspace.</p>")
                .contains("id=\"goalForm-sentence-error\">");
        verify(personas, never()).updateUserGoal(anyString(), anyLong(), anyLong(), any(), any(), any(), any(), any());
    }

    /** The start tag of the form control with this id. */
    private static String control(String html, String id) {
        Matcher tag = Pattern.compile("<(input|select|textarea)[^>]*id=\"" + id + "\"[^>]*>")
                .matcher(html);
        assertThat(tag.find()).as("a control with id " + id).isTrue();
        return tag.group();
    }
}
