package app.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two people change the same KPI from the same version: the first change is kept, the second is
 * refused (409 over the API; the form shown again with the message and what was typed). Values
 * recorded meanwhile are no change of the KPI's own.
 */
class KpiConcurrentEditIT extends TandemIT {

    private String slug;
    private String base;
    private long kpi;

    @BeforeEach
    void workspace() {
        slug = "stale-kpi-" + unique();
        base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Stale\",\"slug\":\"" + slug + "\"}");
        Api.Response created = admin().post(base + "/kpis", kpi("Trial-to-paid conversion", 6.0, ""));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        kpi = created.json().path("id").asLong();
    }

    private static String kpi(String name, double target, String version) {
        return "{\"name\":\"" + name + "\",\"unit\":\"PERCENT\",\"direction\":\"HIGHER_IS_BETTER\","
                + "\"baselineValue\":4.0,\"baselineDate\":\"2026-01-01\",\"targetValue\":" + target
                + ",\"targetDate\":\"2027-01-01\"" + version + "}";
    }

    private long version() {
        return admin().get(base + "/kpis/" + kpi).json().path("version").asLong();
    }

    @Test
    void theSecondReplaceFromTheSameVersionIsRefusedAndTheFirstIsKept() {
        long read = version();

        Api.Response first = admin().send(
                        "PUT", base + "/kpis/" + kpi, kpi("Trial-to-paid conversion", 8.0, ",\"version\":" + read));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        long saved = first.json().path("version").asLong();
        assertThat(saved).isGreaterThan(read);

        Api.Response second = admin().send(
                        "PUT", base + "/kpis/" + kpi, kpi("Trial-to-paid conversion", 5.0, ",\"version\":" + read));
        assertThat(second.status()).as(second.text()).isEqualTo(409);
        assertThat(second.json().path("type").asString()).isEqualTo("/problems/concurrent-change");
        assertThat(second.json().path("currentVersion").asLong()).isEqualTo(saved);
        assertThat(second.json().path("yourVersion").asLong()).isEqualTo(read);
        assertThat(admin().get(base + "/kpis/" + kpi).json().path("targetValue").asDouble())
                .isEqualTo(8.0);

        Api.Response blind = admin().send("PUT", base + "/kpis/" + kpi, kpi("Trial-to-paid conversion", 5.0, ""));
        assertThat(blind.status()).isEqualTo(400);
        assertThat(blind.field()).isEqualTo("version");
    }

    @Test
    void measurementsRecordedMeanwhileDoNotMakeAnEditAConflict() {
        long read = version();
        String health = admin().get(base + "/kpis/" + kpi)
                .json()
                .path("health")
                .path("status")
                .asString();

        Api.Response recorded = admin().post(
                        base + "/kpis/" + kpi + "/measurements",
                        "[{\"date\":\"2026-03-01\",\"value\":4.5},{\"date\":\"2026-04-01\",\"value\":5.0}]");
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
        assertThat(admin().get(base + "/kpis/" + kpi)
                        .json()
                        .path("health")
                        .path("status")
                        .asString())
                .as("the measurements changed the KPI's health")
                .isNotEqualTo(health);

        Api.Response edit = admin().send(
                        "PUT", base + "/kpis/" + kpi, kpi("Trial-to-paid conversion", 8.0, ",\"version\":" + read));
        assertThat(edit.status()).as(edit.text()).isEqualTo(200);
        assertThat(edit.json().path("targetValue").asDouble()).isEqualTo(8.0);
    }

    @Test
    void aStaleEditFormIsShownAgainWithTheMessageAndWhatWasTyped() {
        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        long read = version();
        assertThat(browser.get("/w/" + slug + "/kpis/" + kpi + "/edit").html())
                .containsPattern("name=\"version\"[^>]*value=\"" + read + "\"");
        admin().send("PUT", base + "/kpis/" + kpi, kpi("Trial-to-paid conversion", 8.0, ",\"version\":" + read));

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Typed conversion");
        fields.put("unit", "PERCENT");
        fields.put("direction", "HIGHER_IS_BETTER");
        fields.put("baselineValue", "4");
        fields.put("baselineDate", "2026-01-01");
        fields.put("targetValue", "5");
        fields.put("targetDate", "2027-01-01");
        fields.put("version", String.valueOf(read));
        WebSession.Page stale = browser.post("/w/" + slug + "/kpis/" + kpi, fields);

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.html())
                .contains("Someone else changed this KPI since you opened it.")
                .contains("value=\"Typed conversion\"")
                .contains("Reload the KPI");
        assertThat(admin().get(base + "/kpis/" + kpi).json().path("targetValue").asDouble())
                .isEqualTo(8.0);
    }
}
