package app.tandem.goal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.tandem.goal.Direction;
import app.tandem.goal.Goals;
import app.tandem.goal.Health;
import app.tandem.goal.HealthAssessment;
import app.tandem.goal.KpiUnit;
import app.tandem.goal.KpiView;
import app.tandem.goal.Kpis;
import app.tandem.goal.MeasurementSource;
import app.tandem.identity.Principals;
import app.tandem.identity.TandemPrincipal;
import app.tandem.support.BodyLimits;
import app.tandem.support.InvalidInput;
import app.tandem.support.Navigation;
import app.tandem.support.Paging;
import app.tandem.support.PagingProperties;
import app.tandem.workspace.Role;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import app.tandem.workspace.internal.WorkspaceAdministration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.SliceImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The KPI page's measurement form refused: the page comes back with the error beside its field
 * and every value the person typed. Only the controller and the layout run.
 */
@WebMvcTest(KpiController.class)
@Import({Paging.class, Navigation.class, GoalNavigation.class})
// BodyLimits: the upload quota, an MVC configurer every slice picks up, reads them
@EnableConfigurationProperties({PagingProperties.class, BodyLimits.class})
class MeasurementFormWebTest {

    private static final TandemPrincipal MAYA = Principals.person(7, "Maya Ortiz");
    private static final WorkspaceContext BUDGETLY = new WorkspaceContext(1, "budgetly", "Budgetly", 7, Role.MEMBER);
    private static final KpiView CONVERSION = new KpiView(
            42,
            "Trial-to-paid conversion",
            KpiUnit.PERCENT,
            Direction.HIGHER_IS_BETTER,
            4.0,
            LocalDate.of(2026, 1, 1),
            6.0,
            LocalDate.of(2027, 1, 1),
            null,
            null,
            null,
            List.of(),
            List.of(),
            null,
            new HealthAssessment(Health.NO_DATA, "No measurement yet.", null, null),
            0);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Kpis kpis;

    @MockitoBean
    Goals goals;

    @MockitoBean
    Workspaces workspaces;

    /** The layout's workspace switcher (an empty list from the mock). */
    @MockitoBean
    WorkspaceAdministration administration;

    @BeforeEach
    void mayaIsAMemberOfBudgetly() {
        when(workspaces.access("budgetly", 7)).thenReturn(BUDGETLY);
        when(workspaces.accessToChange("budgetly", 7)).thenReturn(BUDGETLY);
        when(kpis.get("budgetly", 7, 42)).thenReturn(CONVERSION);
        when(kpis.chart(BUDGETLY, 42)).thenReturn(List.of());
        when(kpis.newestFirst(eq(BUDGETLY), eq(42L), any())).thenReturn(new SliceImpl<>(List.of()));
        when(kpis.chartPoints()).thenReturn(400);
    }

    @Test
    void aValueThatIsNoNumberIsRefusedBesideItAndTheDateAndNoteStay() {
        MvcTestResult result = mvc.post()
                .uri("/w/budgetly/kpis/42/measurements")
                .with(user(MAYA))
                .with(csrf())
                .param("date", "2026-10-01")
                .param("value", "many")
                .param("note", "after the campaign")
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("goal/kpi");
        // a date input shows only YYYY-MM-DD: the date was printed as 10/1/26 before, and the field came back empty
        assertThat(result)
                .bodyText()
                .contains("name=\"date\" value=\"2026-10-01\"")
                .contains("name=\"value\" value=\"many\"")
                .contains("<p id=\"m-value-error\" class=\"field-error\">Give a number")
                .contains("name=\"note\" value=\"after the campaign\"");
        verify(kpis, never()).record(anyString(), anyLong(), anyLong(), anyList(), any());
    }

    @Test
    void aDayTheKpisRefuseIsShownBesideTheDateWithEverythingTyped() {
        when(kpis.record(eq("budgetly"), eq(7L), eq(42L), anyList(), eq(MeasurementSource.MANUAL)))
                .thenThrow(new InvalidInput("date", "2030-01-01 is after today: give the day the value was measured."));

        MvcTestResult result = mvc.post()
                .uri("/w/budgetly/kpis/42/measurements")
                .with(user(MAYA))
                .with(csrf())
                .param("date", "2030-01-01")
                .param("value", "80")
                .param("note", "forecast")
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("goal/kpi");
        assertThat(result)
                .bodyText()
                .contains("name=\"date\" value=\"2030-01-01\"")
                .contains("<p id=\"m-date-error\" class=\"field-error\">2030-01-01 is after today")
                .contains("name=\"value\" value=\"80\"") // as typed, not 80.0
                .contains("name=\"note\" value=\"forecast\"");
    }
}
