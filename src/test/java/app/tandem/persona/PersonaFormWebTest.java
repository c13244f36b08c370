package app.tandem.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.tandem.identity.Principals;
import app.tandem.identity.TandemPrincipal;
import app.tandem.support.Navigation;
import app.tandem.support.Paging;
import app.tandem.support.PagingProperties;
import app.tandem.workspace.Role;
import app.tandem.workspace.TeamView;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import app.tandem.workspace.internal.WorkspaceAdministration;
import java.util.List;
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
 * The persona form refused: the page comes back with the error beside the field and everything
 * the person typed, and nothing is saved. Only the controller and the layout run; the module's
 * service and the workspace access are mocked.
 */
@WebMvcTest(PersonaController.class)
@Import({Paging.class, Navigation.class, PersonaNavigation.class})
@EnableConfigurationProperties(PagingProperties.class)
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
                        new TeamView(3, "Marketing", null, List.of()), new TeamView(4, "Design", null, List.of())));
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
                .containsPattern("id=\"persona-quote\"[^>]*>\\s*<p class=\"field-error\">At most 500 characters.</p>");
        verify(personas, never()).createTeamPersona(anyString(), anyLong(), any());
    }
}
