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
        assertThat(saved.json().has("anyGood")).as("the pages' own property").isFalse();
        assertThat(admin().get(base).json().path("items").get(0).path("name").asString())
                .isEqualTo("Week-1 retention");

        // the columns every KPI needs: one error each, on the header, and saving the good rows is no answer
        Api.Response columns = admin().send(
                        "POST",
                        base + "/import?mode=good-rows",
                        "name,unit,direction\nKa,percent,higher is better\n",
                        asCsv);
        assertThat(columns.status()).as(columns.text()).isEqualTo(400);
        assertThat(columns.json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("message").asString().split("\\.")[0]))
                .containsExactly(
                        "no column gives the baseline",
                        "no column gives the baseline date",
                        "no column gives the target",
                        "no column gives the target date");
        assertThat(columns.json().path("detail").asString()).doesNotContain("good-rows");
        // every row wrong with the good rows asked for: said so
        Api.Response none = admin().send(
                        "POST",
                        base + "/import?mode=good-rows",
                        csv.replace("Week-1 retention,percent", "Week-1 retention,parts"),
                        asCsv);
        assertThat(none.status()).as(none.text()).isEqualTo(400);
        assertThat(none.json().path("detail").asString())
                .isEqualTo("No row could be saved: every one of the 2 rows is wrong. Fix them.");
        // and without it: saving the good rows is not suggested, since there are none
        Api.Response allWrong = admin().send(
                        "POST",
                        base + "/import",
                        csv.replace("Week-1 retention,percent", "Week-1 retention,parts"),
                        asCsv);
        assertThat(allWrong.status()).as(allWrong.text()).isEqualTo(400);
        assertThat(allWrong.json().path("detail").asString())
                .isEqualTo("No row could be saved: every one of the 2 rows is wrong. Fix them.");

        Person outsider = newPerson("Kim Outsider");
        assertThat(outsider.api().send("POST", base + "/import", csv, asCsv).status())
                .isEqualTo(404);
    }
}
