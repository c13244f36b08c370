package app.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.DataDirectory;
import app.tandem.TandemIT;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * {@code tandem import measurements} and {@code tandem import insights} as a script runs them: every
 * wrong row by line, nothing imported until every row is good or {@code --good-rows} is given, and
 * exit codes a script can rely on (0 imported, 1 nothing imported, 2 a wrong command line).
 */
class ImportCommandIT extends TandemIT {

    @Autowired
    ConfigurableApplicationContext application;

    private final StringBuilder printed = new StringBuilder();

    @Test
    void importsKpiValuesReportingEachWrongRowByLine() throws Exception {
        String slug = "cli-import-" + unique();
        assertThat(admin().post("/api/v1/workspaces", "{\"name\":\"Import\",\"slug\":\"" + slug + "\"}")
                        .status())
                .isEqualTo(201);
        long kpi = admin().post(
                        "/api/v1/workspaces/" + slug + "/kpis",
                        "{\"name\":\"Week-1 retention\",\"unit\":\"PERCENT\",\"direction\":\"HIGHER_IS_BETTER\","
                                + "\"baselineValue\":30,\"baselineDate\":\"2026-01-01\",\"targetValue\":40,"
                                + "\"targetDate\":\"2027-01-01\"}")
                .json()
                .path("id")
                .asLong();
        assertThat(kpi).isPositive();
        Path folder = DataDirectory.create("cli-import-");
        Path csv = Files.writeString(
                folder.resolve("retention.csv"),
                "kpi,date,value,note\n"
                        + "Week-1 retention,2026-01-05,31.5,first week\n"
                        + "Week-1 retention,yesterday,32,\n"
                        + "Churn,2026-01-19,4,\n"
                        + "Week-1 retention,2026-01-26,33.1,\n");

        assertThat(run("import", "measurements", csv.toString(), "--workspace", slug))
                .as("wrong rows: nothing imported")
                .isEqualTo(1);
        assertThat(printed())
                .contains("Line 3, date:")
                .contains("Line 4, kpi:")
                .contains("2 rows are wrong; nothing was imported");
        assertThat(values(slug, kpi)).isZero();

        assertThat(run("import", "measurements", csv.toString(), "--workspace", slug, "--good-rows"))
                .isZero();
        assertThat(printed()).contains("Recorded 2 values, left out 2 wrong rows.");
        assertThat(values(slug, kpi)).isEqualTo(2);

        Path oneKpi = Files.writeString(folder.resolve("one.csv"), "date,value\n2026-02-02,34\n");
        assertThat(run("import", "measurements", oneKpi.toString(), "--workspace", slug, "--kpi", String.valueOf(kpi)))
                .isZero();
        assertThat(values(slug, kpi)).isEqualTo(3);
        assertThat(run("import", "measurements", oneKpi.toString(), "--workspace", slug, "--kpi", "999999999"))
                .as("a KPI of no workspace here")
                .isEqualTo(1);
        assertThat(run("import", "goals", oneKpi.toString(), "--workspace", slug))
                .as("nothing called goals to import")
                .isEqualTo(2);
    }

    @Test
    void importsInsightsFromASemicolonFileWithDatesOfTheFormatGiven() throws Exception {
        String slug = "cli-insights-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Import\",\"slug\":\"" + slug + "\"}");
        Path csv = Files.writeString(
                DataDirectory.create("cli-insights-").resolve("tickets.csv"),
                "\uFEFFTicket ID;Ticket Subject;Created\n"
                        + "T-1;Cannot export to Excel;03/04/2026\n"
                        + "T-2;Login loops back;03/05/2026\n");

        assertThat(run("import", "insights", csv.toString(), "--workspace", slug, "--date-format", "day-month-year"))
                .isZero();
        assertThat(printed())
                .contains("Dates were read as DD-MM-YYYY, DD/MM/YYYY or DD.MM.YYYY (13-11-2020), as chosen.")
                .contains("No column gives the text: each insight has its title alone.")
                .contains("Imported 2 insights");

        // every row wrong: its field as people call it, the option to give, and no --good-rows to try
        assertThat(run("import", "insights", csv.toString(), "--workspace", slug, "--date-format", "iso"))
                .isEqualTo(1);
        assertThat(printed())
                .contains("line 2, Observed on: '03/04/2026' is not a date in the format YYYY-MM-DD")
                .contains("--date-format on the command line")
                .contains("2 of 2 rows are wrong; nothing was imported. Fix them.")
                .doesNotContain("--good-rows");
        assertThat(admin().get("/api/v1/workspaces/" + slug + "/insights?q=excel")
                        .json()
                        .path("items")
                        .get(0)
                        .path("insight")
                        .path("observedOn")
                        .asString())
                .isEqualTo("2026-04-03");
    }

    @Test
    void proposesInitiativesFromARoadmapExport() throws Exception {
        String slug = "cli-initiatives-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Import\",\"slug\":\"" + slug + "\"}");
        admin().post("/api/v1/workspaces/" + slug + "/teams", "{\"name\":\"Design\"}");
        Path csv = Files.writeString(
                DataDirectory.create("cli-initiatives-").resolve("roadmap.csv"),
                "title,kind,team,start,due\n"
                        + "Onboarding checklist,feature,Design,2027-01-04,2027-02-26\n"
                        + "Payroll export,feature,Finance,2027-01-04,2027-01-08\n");
        assertThat(run("import", "initiatives", csv.toString(), "--workspace", slug))
                .isEqualTo(1);
        assertThat(printed())
                .contains("Reading  [" + "#".repeat(30) + "] 100% 137 of 137 bytes")
                .contains("File read. Checking the rows, then proposing the good ones…")
                .contains("Line 3, team:")
                .contains("1 rows are wrong; nothing was imported");
        assertThat(run("import", "initiatives", csv.toString(), "--workspace", slug, "--good-rows"))
                .isZero();
        assertThat(printed()).contains("Proposed 1 initiatives, left out 1 wrong rows.");
        assertThat(admin().get("/api/v1/workspaces/" + slug + "/initiatives")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isEqualTo(1);

        // a tracker's export without kind or team: --kind and --team give them to its rows
        Path jira = Files.writeString(
                csv.resolveSibling("jira.csv"),
                "Issue key,Summary,Start date,Due date\nTAN-9,Shared budgets,2027-03-01,2027-04-30\n");
        assertThat(run("import", "initiatives", jira.toString(), "--workspace", slug, "--kind", "nonsense"))
                .isEqualTo(1);
        assertThat(printed()).contains("'nonsense' is not a kind Tandem knows");
        assertThat(run(
                        "import",
                        "initiatives",
                        jira.toString(),
                        "--workspace",
                        slug,
                        "--kind",
                        "feature",
                        "--team",
                        "Design"))
                .isZero();
        assertThat(printed()).contains("Proposed 1 initiatives");
        assertThat(admin().get("/api/v1/workspaces/" + slug + "/initiatives?team=Design")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(i -> i.path("title").asString()))
                .contains("Shared budgets");
    }

    @Test
    void definesKpisFromASpreadsheetOfMetrics() throws Exception {
        String slug = "cli-kpis-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Import\",\"slug\":\"" + slug + "\"}");
        Path csv = Files.writeString(
                DataDirectory.create("cli-kpis-").resolve("metrics.csv"),
                "Name;Unit;Direction;Baseline;Baseline date;Target;Target date;Data source\n"
                        + "Week-1 retention;percent;higher is better;31;2026-01-01;40;2026-12-31;Amplitude\n"
                        + "Support tickets per 1,000 users;count;lower is better;12;2026-01-01;8;2026-12-31;\n"
                        + "Trial to paid;%;higher is better;9;2026-01-01;6;2026-12-31;\n"
                        + "Week-1 retention;percent;higher;30;2026-01-01;35;2026-06-30;\n"
                        + "NPS;points;higher;10;2026-01-01;20;2026-12-31;\n");
        assertThat(run("import", "kpis", csv.toString(), "--workspace", slug)).isEqualTo(1);
        assertThat(printed())
                .contains("Line 4, target: Higher is better, so the target is above the baseline.")
                .contains("Line 5, name: a KPI called 'Week-1 retention' is in this workspace or above in the file.")
                .contains("Line 6, unit: 'points' is not a unit")
                .contains("3 rows are wrong; nothing was imported");
        assertThat(admin().get("/api/v1/workspaces/" + slug + "/kpis")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isZero();
        assertThat(run("import", "kpis", csv.toString(), "--workspace", slug, "--good-rows"))
                .isZero();
        assertThat(printed()).contains("Defined 2 KPIs, left out 3 wrong rows.");
        JsonNode listed = admin().get("/api/v1/workspaces/" + slug + "/kpis").json();
        assertThat(listed.path("totalItems").asInt()).isEqualTo(2);
        assertThat(run("import", "kpis", csv.toString(), "--workspace", slug, "--good-rows"))
                .as("the same names again: every row is wrong now")
                .isEqualTo(1);
        assertThat(printed()).contains("5 rows are wrong and no row of the file is good; nothing was imported.");
        assertThat(run("import", "kpis", csv.toString(), "--workspace", slug)).isEqualTo(1);
        assertThat(printed())
                .as("--good-rows is not suggested when no row is good")
                .contains("5 rows are wrong and no row of the file is good")
                .doesNotContain("--good-rows");
    }

    private long values(String slug, long kpi) {
        return admin().get("/api/v1/workspaces/" + slug + "/kpis/" + kpi + "/measurements")
                .json()
                .path("items")
                .size();
    }

    private String printed() {
        String text = printed.toString();
        printed.setLength(0);
        return text;
    }

    private int run(String... args) {
        CommandLineOnTestApp.Run run = CommandLineOnTestApp.capture(application, args);
        printed.append(run.printed());
        return run.exitCode();
    }
}
