package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;

class OperationIdsTest {

    @Test
    void aVerbAloneGetsTheControllersResourcePluralWhenItLists() {
        assertThat(OperationIds.of("InsightApiController", "search", RequestMethod.GET))
                .isEqualTo("searchInsights");
        assertThat(OperationIds.of("KpiApiController", "list", RequestMethod.GET))
                .isEqualTo("listKpis");
        assertThat(OperationIds.of("DependencyApiController", "list", RequestMethod.GET))
                .isEqualTo("listDependencies");
        assertThat(OperationIds.of("GoalApiController", "get", RequestMethod.GET))
                .isEqualTo("getGoal");
        assertThat(OperationIds.of("UsersApiController", "create", RequestMethod.POST))
                .isEqualTo("createUser");
    }

    @Test
    void aVerbWithAThingGetsTheResourceBetweenUnlessTheThingNamesIt() {
        assertThat(OperationIds.of("KpiApiController", "deleteMeasurement", RequestMethod.DELETE))
                .isEqualTo("deleteKpiMeasurement");
        assertThat(OperationIds.of("InitiativeApiController", "changeStatus", RequestMethod.PATCH))
                .isEqualTo("changeInitiativeStatus");
        assertThat(OperationIds.of("DiscoveryApiController", "createInitiative", RequestMethod.POST))
                .isEqualTo("createDiscoverySessionInitiative");
    }

    @Test
    void aThingAloneIsReadWithItsHttpMethod() {
        assertThat(OperationIds.of("KpiApiController", "measurements", RequestMethod.GET))
                .isEqualTo("listKpiMeasurements");
        assertThat(OperationIds.of("WorkspaceApiController", "team", RequestMethod.GET))
                .isEqualTo("getWorkspaceTeam");
        assertThat(OperationIds.of("PlanApiController", "settings", RequestMethod.GET))
                .isEqualTo("getPlanSettings");
        assertThat(OperationIds.of("DashboardApiController", "dashboard", RequestMethod.GET))
                .isEqualTo("getDashboard");
        assertThat(OperationIds.of("DiscoveryApiController", "attendance", RequestMethod.PATCH))
                .isEqualTo("updateDiscoverySessionAttendance");
    }

    @Test
    void namesTheRuleReadsWronglyAreGiven() {
        assertThat(OperationIds.of("MeApiController", "me", RequestMethod.GET)).isEqualTo("getMe");
        assertThat(OperationIds.of("MeApiController", "tokens", RequestMethod.GET))
                .isEqualTo("listMyTokens");
        assertThat(OperationIds.of("RateLimitsApiController", "change", RequestMethod.PUT))
                .isEqualTo("changeRateLimits");
    }

    @Test
    void anExportIsNamedForWhatItDownloads() {
        assertThat(OperationIds.of("InsightExportController", "export", RequestMethod.GET))
                .isEqualTo("exportInsights");
        assertThat(OperationIds.of("KpiMeasurementExportController", "export", RequestMethod.GET))
                .isEqualTo("exportKpiMeasurements");
        assertThat(OperationIds.of("ActionItemExportController", "export", RequestMethod.GET))
                .isEqualTo("exportActionItems");
    }

    @Test
    void anImportTakingABodyOrAFileIsOneOperation() {
        assertThat(OperationIds.of("KpiImportApiController", "importKpisFile", RequestMethod.POST))
                .isEqualTo(OperationIds.of("KpiImportApiController", "importKpis", RequestMethod.POST))
                .isEqualTo("importKpis");
        assertThat(OperationIds.of("InitiativeImportApiController", "importInitiativesFile", RequestMethod.POST))
                .isEqualTo("importInitiatives");
    }
}
