package app.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** KPIs defined from CSV through the API: as a body, with a wrong row by line, and only by members who change. */
class KpiImportApiIT extends TandemIT {

    @Test
    void definesKpisFromABodyAndRefusesOutsidersBeforeReadingIt() {
        String slug = "kpi-import-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Metrics\",\"slug\":\"" + slug + "\"}");
        String base = "/api/v1/workspaces/" + slug + "/kpis";
        String csv = "name,unit,direction,baseline,baseline date,target,target date,guardrail min\n"
                + "Week-1 retention,percent,higher is better,31,2026-01-01,40,2026-12-31,25\n"
                + "Churn,percent,sideways,5,2026-01-01,3,2026-12-31,\n";
        Map<String, String> asCsv = Map.of("Content-Type", "text/csv");

        Api.Response refused = admin().send("POST", base + "/import", csv, asCsv);
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(refused.json().path("errors").get(0).path("field").asString())
                .isEqualTo("direction");

        Api.Response saved = admin().send("POST", base + "/import?mode=good-rows", csv, asCsv);
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        assertThat(saved.json().path("imported").asInt()).isEqualTo(1);
        assertThat(admin().get(base).json().path("items").get(0).path("name").asString())
                .isEqualTo("Week-1 retention");

        Person outsider = newPerson("Kim Outsider");
        assertThat(outsider.api().send("POST", base + "/import", csv, asCsv).status())
                .isEqualTo(404);
    }
}
