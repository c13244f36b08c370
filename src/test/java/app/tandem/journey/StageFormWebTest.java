package app.tandem.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.tandem.identity.Principals;
import app.tandem.identity.TandemPrincipal;
import app.tandem.journey.JourneyView.StageView;
import app.tandem.support.BodyLimits;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.Navigation;
import app.tandem.support.Paging;
import app.tandem.support.PagingProperties;
import app.tandem.workspace.Role;
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
 * A stage edited in place and refused: htmx gets the stage's editor alone, with the error beside
 * the field and what was typed; a browser without htmx gets the same editor on its own page. One
 * URL, two answers, chosen by HtmxRequest.
 */
@WebMvcTest(JourneyController.class)
@Import({Paging.class, Navigation.class})
// BodyLimits: the upload quota, an MVC configurer every slice picks up, reads them
@EnableConfigurationProperties({PagingProperties.class, BodyLimits.class})
class StageFormWebTest {

    private static final TandemPrincipal MAYA = Principals.person(7, "Maya Ortiz");
    private static final WorkspaceContext BUDGETLY = new WorkspaceContext(1, "budgetly", "Budgetly", 7, Role.MEMBER);
    private static final StageView SIGN_UP =
            new StageView(9, 1, "Sign up", "Fills in the form", null, -1, List.of(), List.of(), List.of(), 0);
    private static final JourneyView FIRST_MONTH = new JourneyView(
            5,
            2,
            "Frugal freelancer",
            "First month with the app",
            null,
            List.of(new StageView(8, 0, "Discover", null, null, 1, List.of(), List.of(), List.of(), 0), SIGN_UP),
            0);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Journeys journeys;

    @MockitoBean
    Workspaces workspaces;

    /** The layout's workspace switcher (an empty list from the mock). */
    @MockitoBean
    WorkspaceAdministration administration;

    @BeforeEach
    void mayaSeesTheFirstMonth() {
        when(workspaces.access("budgetly", 7)).thenReturn(BUDGETLY);
        when(journeys.journey("budgetly", 7, 5)).thenReturn(FIRST_MONTH);
    }

    @Test
    void htmxGetsTheEditorAloneWithTheErrorAndWhatWasTyped() {
        MvcTestResult result = mvc.post()
                .uri("/w/budgetly/journeys/5/stages/9")
                .header("HX-Request", "true")
                .with(user(MAYA))
                .with(csrf())
                .param("name", "")
                .param("emotion", "-2")
                .param("doing", "Gives up at the bank connection")
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("journey/stage :: stage-form");
        assertThat(result)
                .bodyText()
                .startsWith("<li class=\"stage-card card editing\" id=\"stage-9\">")
                .doesNotContain("<html")
                .contains("<p class=\"field-error\" id=\"stageForm-name-error\">Give the stage a name.</p>")
                .containsPattern(
                        "<input id=\"stage-name-9\"[^>]*aria-invalid=\"true\" aria-describedby=\"stageForm-name-error\"")
                .contains(">Gives up at the bank connection</textarea>")
                .contains("<option value=\"-2\" selected=\"selected\">-2 miserable</option>");
        verify(journeys, never()).updateStage(anyString(), anyLong(), anyLong(), anyLong(), any(), any());
    }

    @Test
    void theMapsRenameFormCarriesTheVersionItWasOpenedOn() {
        MvcTestResult result =
                mvc.get().uri("/w/budgetly/journeys/5").with(user(MAYA)).exchange();

        assertThat(result).hasStatusOk().hasViewName("journey/map");
        assertThat(result)
                .bodyText()
                .containsPattern("<form[^>]*action=\"/w/budgetly/journeys/5/edit\"")
                .containsPattern("<input type=\"hidden\" id=\"version\" name=\"version\" value=\"0\"")
                .contains("value=\"First month with the app\"");
    }

    @Test
    void aStaleRenameIsShownAgainWithTheirNameBesideWhatWasTyped() {
        when(journeys.rename(eq("budgetly"), eq(7L), eq(5L), eq("My first month"), any(), eq(3L)))
                .thenThrow(new ConcurrentChange("this journey map", 3L, 4L));

        MvcTestResult result = mvc.post()
                .uri("/w/budgetly/journeys/5/edit")
                .with(user(MAYA))
                .with(csrf())
                .param("name", "My first month")
                .param("scenario", "From the first ad")
                .param("version", "3")
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("journey/map");
        assertThat(result)
                .bodyText()
                .containsPattern("<details class=\"journey-edit no-print\" open")
                .contains("Someone else changed this journey map since you opened it.")
                .containsPattern("<dt>Journey map name</dt>\\s*<dd>First month with the app</dd>")
                .containsPattern("<dt>Scenario</dt>\\s*<dd>none</dd>")
                .contains("value=\"My first month\"", "value=\"From the first ad\"")
                .contains("save again to replace their change with yours")
                .as("saving again replaces their change knowingly")
                .containsPattern("name=\"version\" value=\"4\"");
    }

    @Test
    void aRenameWithoutAVersionIsRefusedAndNothingIsSaved() {
        MvcTestResult result = mvc.post()
                .uri("/w/budgetly/journeys/5/edit")
                .with(user(MAYA))
                .with(csrf())
                .param("name", "My first month")
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("journey/map");
        assertThat(result).bodyText().contains("The form lost the version it was opened on.");
        verify(journeys, never()).rename(anyString(), anyLong(), anyLong(), anyString(), any(), anyLong());
    }

    @Test
    void aStageSentWithoutTheVersionItWasOpenedAtIsRefusedAndNothingIsSaved() {
        MvcTestResult result = mvc.post()
                .uri("/w/budgetly/journeys/5/stages/9")
                .with(user(MAYA))
                .with(csrf())
                .param("name", "Sign up")
                .param("emotion", "-1")
                .param("doing", "Gives up at the bank connection")
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("journey/stage-edit");
        assertThat(result)
                .bodyText()
                .contains("This form was sent without the version it was opened at")
                .contains(">Gives up at the bank connection</textarea>");
        verify(journeys, never()).updateStage(anyString(), anyLong(), anyLong(), anyLong(), any(), any());
    }

    @Test
    void withoutHtmxTheSameUrlAnswersWithTheEditorsPage() {
        MvcTestResult result = mvc.post()
                .uri("/w/budgetly/journeys/5/stages/9")
                .with(user(MAYA))
                .with(csrf())
                .param("name", "")
                .param("emotion", "0")
                .param("doing", "Gives up at the bank connection")
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("journey/stage-edit");
        assertThat(result)
                .bodyText()
                .contains("<html", "<title>Edit Sign up · First month with the app</title>")
                .contains("<p class=\"field-error\" id=\"stageForm-name-error\">Give the stage a name.</p>")
                .contains(">Gives up at the bank connection</textarea>");
        verify(journeys, never()).updateStage(anyString(), anyLong(), anyLong(), anyLong(), any(), any());
    }
}
