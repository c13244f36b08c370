package app.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.support.UploadedText;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The KPI API over real HTTP: CRUD with latest value and health, measurements, CSV import. */
class KpiApiIT extends TandemIT {

    private String slug;
    private String base;
    private long goalId;
    private long marketing;

    @BeforeEach
    void workspaceWithAGoal() {
        slug = "kpis-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"KPIs\",\"slug\":\"" + slug + "\"}");
        base = "/api/v1/workspaces/" + slug;
        marketing = admin().post(base + "/teams", "{\"name\":\"Marketing\"}")
                .json()
                .path("id")
                .asLong();
        goalId = admin().post(
                        base + "/goals",
                        "{\"title\":\"Grow\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\"}")
                .json()
                .path("id")
                .asLong();
    }

    /** Conversion: 4% on 2026-01-01 to 6% on 2027-01-01, NPS-style floor optional. */
    private String kpi(String name, String extra) {
        return "{\"name\":\"" + name + "\",\"unit\":\"PERCENT\",\"direction\":\"HIGHER_IS_BETTER\","
                + "\"baselineValue\":4.0,\"baselineDate\":\"2026-01-01\",\"targetValue\":6.0,\"targetDate\":\"2027-01-01\""
                + extra + "}";
    }

    private long createKpi(String name) {
        Api.Response created = admin().post(
                        base + "/kpis", kpi(name, ",\"goalIds\":[" + goalId + "],\"teamIds\":[" + marketing + "]"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /**
     * Eight people at once creating a KPI of the same new name, then recording the same day's value:
     * one KPI, one value, and every other request a 409 (or a revision of the day), never a 500 (the
     * unique key taken by another request meanwhile, and the day's value revised by another, were
     * server errors until December 2026).
     */
    @Test
    void requestsMadeAtTheSameMomentAreAnsweredAsConflictsNotServerErrors() throws Exception {
        String name = "Race " + unique();
        List<Integer> created =
                atOnce(8, i -> admin().post(base + "/kpis", kpi(name, "")).status());
        assertThat(created).as(created.toString()).containsOnly(201, 409).containsOnlyOnce(201);

        long id = createKpi("Raced day " + unique());
        List<Integer> recorded = atOnce(
                8,
                i -> admin().post(
                                base + "/kpis/" + id + "/measurements",
                                "{\"date\":\"2026-11-16\",\"value\":" + (40 + i) + "}")
                        .status());
        assertThat(recorded).as(recorded.toString()).containsOnly(201, 409).contains(201);
        assertThat(admin().get(base + "/kpis/" + id + "/measurements")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aWorkspacesMeasurementExportImportsAsItIsIntoAnotherAndAgainIntoItself() {
        long id = createKpi("Trial-to-paid conversion");
        Api.Response recorded = admin().post(
                        base + "/kpis/" + id + "/measurements",
                        "[{\"date\":\"2026-03-01\",\"value\":4.2,\"note\":\"after the plain-words e-mail, see #12\"},"
                                + "{\"date\":\"2026-04-01\",\"value\":4.5}]");
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
        String export = admin().getText(base + "/kpis/export?format=csv").text();

        String other = "kpis-copy-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Copy\",\"slug\":\"" + other + "\"}");
        Api.Response kpi = admin().post("/api/v1/workspaces/" + other + "/kpis", kpi("Trial-to-paid conversion", ""));
        assertThat(kpi.status()).as(kpi.text()).isEqualTo(201);
        Api.Response copied = admin().send(
                        "POST",
                        "/api/v1/workspaces/" + other + "/kpis/measurements/import",
                        export,
                        Map.of("Content-Type", "text/csv"));
        assertThat(copied.status()).as(copied.text()).isEqualTo(200);
        assertThat(admin().get("/api/v1/workspaces/" + other + "/kpis/"
                                + kpi.json().path("id").asLong() + "/measurements")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(m -> m.path("date").asString() + " "
                                + m.path("value").asDouble() + " "
                                + m.path("note").asString("")))
                .containsExactlyInAnyOrder("2026-03-01 4.2 after the plain-words e-mail, see #12", "2026-04-01 4.5 ");

        // into itself: nothing is recorded twice, and nothing changes: each day has that value and note
        // already, so it stays as it was, where it came from too
        Api.Response again =
                admin().send("POST", base + "/kpis/measurements/import", export, Map.of("Content-Type", "text/csv"));
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.json().path("saved").asInt()).as(again.text()).isZero();
        assertThat(again.json().path("unchanged").asInt()).as(again.text()).isGreaterThanOrEqualTo(2);
        assertThat(admin().get(base + "/kpis/" + id + "/measurements")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(m -> m.path("date").asString() + " "
                                + m.path("source").asString()))
                .containsExactlyInAnyOrder("2026-03-01 API", "2026-04-01 API");
        // a day whose value differs is revised, and is the file's from then on
        Api.Response revised = admin().send(
                        "POST",
                        base + "/kpis/measurements/import?kpi=" + id,
                        "date,value,note\n2026-03-01,4.2,\"after the plain-words e-mail, see #12\"\n2026-04-01,4.7,\n",
                        Map.of("Content-Type", "text/csv"));
        assertThat(revised.json().path("saved").asInt()).as(revised.text()).isEqualTo(1);
        assertThat(revised.json().path("unchanged").asInt()).isEqualTo(1);
        assertThat(admin().get(base + "/kpis/" + id)
                        .json()
                        .path("latest")
                        .path("source")
                        .asString())
                .isEqualTo("CSV");

        // a table with a column per day, as an analytics tool exports a metric: a measurement a cell
        Api.Response wide = admin().send(
                        "POST",
                        base + "/kpis/measurements/import?kpi=" + id,
                        "Segment,2026-05-01,2026-05-02,2026-05-03\nAll users,4.8,,5.1\n",
                        Map.of("Content-Type", "text/csv"));
        assertThat(wide.json().path("saved").asInt()).as(wide.text()).isEqualTo(2);
        assertThat(admin().get(base + "/kpis/" + id + "/measurements")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(m -> m.path("date").asString() + " "
                                + m.path("value").asDouble()))
                .contains("2026-05-01 4.8", "2026-05-03 5.1")
                .noneMatch(m -> m.startsWith("2026-05-02"));
    }

    @Test
    void createsAKpiWithoutDataThenRecordsMeasurementsAndExplainsItsHealth() {
        long id = createKpi("Trial-to-paid conversion");
        JsonNode fresh = admin().get(base + "/kpis/" + id).json();
        assertThat(fresh.path("latest").isNull()).isTrue();
        assertThat(fresh.path("health").path("status").asString()).isEqualTo("NO_DATA");
        assertThat(fresh.path("goals").valueStream().map(g -> g.path("name").asString()))
                .containsExactly("Grow");
        assertThat(fresh.path("teams").valueStream().map(t -> t.path("name").asString()))
                .containsExactly("Marketing");

        Api.Response one = admin().post(
                        base + "/kpis/" + id + "/measurements",
                        "{\"date\":\"2026-07-02\",\"value\":5.24,\"note\":\"after the campaign\"}");
        assertThat(one.status()).isEqualTo(201);
        assertThat(one.json().path("recorded").asInt()).isEqualTo(1);
        JsonNode health = one.json().path("kpi").path("health");
        assertThat(health.path("status").asString()).isEqualTo("ON_TRACK");
        assertThat(health.path("explanation").asString())
                .startsWith("Ahead of plan: 62% of the way to the target, with 50% of the time gone.");

        Api.Response hugeValue =
                admin().post(base + "/kpis/" + id + "/measurements", "{\"date\":\"2026-07-03\",\"value\":1e16}");
        assertThat(hugeValue.status()).isEqualTo(400);
        assertThat(hugeValue.field()).isEqualTo("value");

        Api.Response many = admin().post(
                        base + "/kpis/" + id + "/measurements",
                        "[{\"date\":\"2026-03-01\",\"value\":4.3},{\"date\":\"2026-10-01\",\"value\":4.5}]");
        assertThat(many.status()).isEqualTo(201);
        // a number in quotes, as clients that quote every value send it (the same day's value again)
        Api.Response quoted =
                admin().post(base + "/kpis/" + id + "/measurements", "{\"date\":\"2026-03-01\",\"value\":\"4.3\"}");
        assertThat(quoted.status()).as(quoted.text()).isEqualTo(201);
        assertThat(many.json().path("recorded").asInt()).isEqualTo(2);
        JsonNode kpi = admin().get(base + "/kpis/" + id).json();
        assertThat(kpi.path("latest").path("date").asString()).isEqualTo("2026-10-01");
        assertThat(kpi.path("latest").path("source").asString()).isEqualTo("API");
        assertThat(kpi.path("health").path("status").asString()).isEqualTo("OFF_TRACK");

        assertThat(dates(admin().get(base + "/kpis/" + id + "/measurements")))
                .containsExactly("2026-03-01", "2026-07-02", "2026-10-01");
        assertThat(dates(admin().get(base + "/kpis/" + id + "/measurements?from=2026-04-01&to=2026-09-30")))
                .containsExactly("2026-07-02");
        assertThat(dates(admin().get(base + "/kpis/" + id + "/measurements?from=2026-07-02")))
                .containsExactly("2026-07-02", "2026-10-01");

        // the same day again revises the value
        admin().post(base + "/kpis/" + id + "/measurements", "{\"date\":\"2026-10-01\",\"value\":5.6}");
        assertThat(admin().get(base + "/kpis/" + id + "/measurements")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(m -> m.path("value").asDouble()))
                .containsExactly(4.3, 5.24, 5.6);
        assertThat(admin().get(base + "/kpis/" + id)
                        .json()
                        .path("health")
                        .path("status")
                        .asString())
                .isEqualTo("ON_TRACK");

        long latestId = admin().get(base + "/kpis/" + id)
                .json()
                .path("latest")
                .path("id")
                .asLong();
        assertThat(admin().delete(base + "/kpis/" + id + "/measurements/" + latestId)
                        .status())
                .isEqualTo(204);
        assertThat(admin().get(base + "/kpis/" + id)
                        .json()
                        .path("latest")
                        .path("date")
                        .asString())
                .isEqualTo("2026-07-02");
    }

    @Test
    void aGuardrailBreachShowsInTheHealth() {
        long id = admin().post(
                        base + "/kpis",
                        "{\"name\":\"NPS\",\"unit\":\"SCORE\",\"direction\":\"HIGHER_IS_BETTER\","
                                + "\"baselineValue\":32,\"baselineDate\":\"2026-01-01\",\"targetValue\":36,\"targetDate\":\"2027-01-01\",\"guardrailMin\":30}")
                .json()
                .path("id")
                .asLong();
        JsonNode kpi = admin().post(base + "/kpis/" + id + "/measurements", "{\"date\":\"2026-08-01\",\"value\":29}")
                .json()
                .path("kpi");
        assertThat(kpi.path("guardrailMin").asDouble()).isEqualTo(30.0);
        assertThat(kpi.path("health").path("status").asString()).isEqualTo("GUARDRAIL_BREACHED");
        assertThat(kpi.path("health").path("explanation").asString()).contains("below 30");
    }

    @Test
    void listsKpisByGoalAndTeamAndReplacesAndDeletesThem() {
        long shared = createKpi("Shared conversion");
        long other = admin().post(base + "/kpis", kpi("Unshared", ""))
                .json()
                .path("id")
                .asLong();
        assertThat(names(admin().get(base + "/kpis"))).containsExactly("Shared conversion", "Unshared");
        assertThat(names(admin().get(base + "/kpis?goal=" + goalId))).containsExactly("Shared conversion");
        assertThat(names(admin().get(base + "/kpis?team=Marketing"))).containsExactly("Shared conversion");
        assertThat(admin().get(base + "/kpis?size=1").json().path("totalPages").asInt())
                .isEqualTo(2);

        Api.Response replaced = admin().send(
                        "PUT",
                        base + "/kpis/" + other,
                        "{\"name\":\"Support tickets\",\"unit\":\"COUNT\","
                                + "\"direction\":\"LOWER_IS_BETTER\",\"baselineValue\":200,\"baselineDate\":\"2026-01-01\",\"targetValue\":100,"
                                + "\"targetDate\":\"2026-12-31\",\"dataSource\":\"Helpdesk export\",\"version\":"
                                + admin().get(base + "/kpis/" + other)
                                        .json()
                                        .path("version")
                                        .asLong() + "}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("direction").asString()).isEqualTo("LOWER_IS_BETTER");
        assertThat(replaced.json().path("dataSource").asString()).isEqualTo("Helpdesk export");

        assertThat(admin().delete(base + "/kpis/" + shared).status()).isEqualTo(204);
        assertThat(admin().get(base + "/kpis/" + shared).status()).isEqualTo(404);
        assertThat(admin().get(base + "/kpis/" + shared + "/measurements").status())
                .isEqualTo(404);
    }

    @Test
    void refusesInvalidKpisAndMeasurementsNamingTheField() {
        assertThat(admin().post(base + "/kpis", kpi("", "")).field()).isEqualTo("name");
        Api.Response wrongWay = admin().post(
                        base + "/kpis", kpi("Wrong way", "").replace("\"targetValue\":6.0", "\"targetValue\":3.0"));
        assertThat(wrongWay.status()).isEqualTo(400);
        assertThat(wrongWay.field()).isEqualTo("targetValue");
        assertThat(admin().post(base + "/kpis", kpi("Early target", "").replace("2027-01-01", "2025-06-01"))
                        .field())
                .isEqualTo("targetDate");
        assertThat(admin().post(base + "/kpis", kpi("Bad rails", ",\"guardrailMin\":5,\"guardrailMax\":4"))
                        .field())
                .isEqualTo("guardrailMax");
        assertThat(admin().post(base + "/kpis", kpi("Bad unit", "").replace("PERCENT", "MILES"))
                        .field())
                .isEqualTo("unit");
        assertThat(admin().post(base + "/kpis", kpi("Foreign goal", ",\"goalIds\":[999999999]"))
                        .field())
                .isEqualTo("goalIds");
        String manyIds =
                LongStream.rangeClosed(1, 100_000).mapToObj(String::valueOf).collect(Collectors.joining(","));
        Api.Response huge =
                admin().post(base + "/kpis", kpi("Huge", "").replace("\"targetValue\":6.0", "\"targetValue\":1.7e308"));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.field()).isEqualTo("targetValue");
        assertThat(huge.json().path("errors").get(0).path("message").asString())
                .isEqualTo(MeasurementInput.OUT_OF_RANGE);
        assertThat(admin().post(base + "/kpis", kpi("Deep", ",\"guardrailMin\":-1e30"))
                        .field())
                .isEqualTo("guardrailMin");
        Api.Response tooManyGoals = admin().post(base + "/kpis", kpi("Many goals", ",\"goalIds\":[" + manyIds + "]"));
        assertThat(tooManyGoals.status()).as(tooManyGoals.text()).isEqualTo(400);
        assertThat(tooManyGoals.field()).isEqualTo("goalIds");

        long id = createKpi("Conversion");
        Api.Response taken = admin().post(base + "/kpis", kpi("conversion", ""));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.field()).isEqualTo("name");

        String measurements = base + "/kpis/" + id + "/measurements";
        assertThat(admin().post(measurements, "{\"value\":4}").field()).isEqualTo("date");
        assertThat(admin().post(measurements, "{\"date\":\"2026-02-30\",\"value\":4}")
                        .field())
                .isEqualTo("date");
        assertThat(admin().post(measurements, "{\"date\":\"2026-02-01\",\"value\":\"four\"}")
                        .field())
                .isEqualTo("value");
        Api.Response secondWrong =
                admin().post(measurements, "[{\"date\":\"2026-02-01\",\"value\":4},{\"date\":\"2026-03-01\"}]");
        assertThat(secondWrong.status()).isEqualTo(400);
        assertThat(secondWrong.field()).isEqualTo("[1].value");
        assertThat(admin().post(measurements, "[]").field()).isEqualTo("measurements");
        // a list of one names its element too; a note is text; 1e400 is past any number
        assertThat(admin().post(measurements, "[{\"value\":1}]").field()).isEqualTo("[0].date");
        assertThat(admin().post(measurements, "[{\"date\":\"2026-08-02\",\"value\":1e400}]")
                        .field())
                .isEqualTo("[0].value");
        for (String note : List.of("123", "true", "{\"a\":1}")) {
            Api.Response wrongNote =
                    admin().post(measurements, "[{\"date\":\"2026-08-20\",\"value\":1,\"note\":" + note + "}]");
            assertThat(wrongNote.status()).as(note).isEqualTo(400);
            assertThat(wrongNote.field()).as(note).isEqualTo("[0].note");
        }
        // a property a measurement does not have is named, not dropped with what it held
        Api.Response misspelt =
                admin().post(measurements, "[{\"date\":\"2026-08-21\",\"value\":5,\"nots\":\"after the fix\"}]");
        assertThat(misspelt.status()).as(misspelt.text()).isEqualTo(400);
        assertThat(misspelt.field()).isEqualTo("[0].nots");
        assertThat(misspelt.json().path("errors").get(0).path("message").asString())
                .contains("date, note, value");
        assertThat(admin().post(measurements, "{\"date\":\"2026-08-21\",\"vaule\":5}")
                        .field())
                .isEqualTo("vaule");
        // a baseline and a target are days of years values are recorded and work is planned for
        assertThat(admin().post(base + "/kpis", kpi("Long year", "").replace("2027-01-01", "+10000-01-01"))
                        .field())
                .isEqualTo("targetDate");
        assertThat(admin().post(base + "/kpis", kpi("Short year", "").replace("2026-01-01", "0202-01-01"))
                        .field())
                .isEqualTo("baselineDate");
        assertThat(admin().get(measurements).json().path("totalItems").asInt())
                .as("nothing saved from a refused batch")
                .isZero();
        assertThat(admin().get(measurements + "?from=2026-05-01&to=2026-04-01").field())
                .isEqualTo("to");
    }

    @Test
    void refusesAMeasurementDatedAfterTodayNamingTheDateAndSavesNothing() {
        long id = createKpi("Conversion");
        String measurements = base + "/kpis/" + id + "/measurements";
        // two days on, so it is after today in every time zone
        LocalDate future = LocalDate.now(ZoneOffset.UTC).plusDays(2);

        Api.Response one = admin().post(measurements, "{\"date\":\"" + future + "\",\"value\":4.5}");
        assertThat(one.status()).isEqualTo(400);
        assertThat(one.contentType()).startsWith("application/problem+json");
        assertThat(one.field()).isEqualTo("date");
        assertThat(one.json().path("detail").asString())
                .isEqualTo(future + " is after today: give the day the value was measured.");

        Api.Response secondInFuture = admin().post(
                        measurements,
                        "[{\"date\":\"2026-02-01\",\"value\":4.2},{\"date\":\"" + future + "\",\"value\":4.5}]");
        assertThat(secondInFuture.status()).isEqualTo(400);
        assertThat(secondInFuture.field()).isEqualTo("[1].date");
        assertThat(admin().get(measurements).json().path("totalItems").asInt())
                .as("nothing saved from a refused batch")
                .isZero();

        Api.Response today =
                admin().post(measurements, "{\"date\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"value\":4.5}");
        assertThat(today.status()).as(today.text()).isEqualTo(201);
    }

    @Test
    void savesAPercentageOutsideZeroToAHundredAndWarnsAboutIt() {
        long id = createKpi("Conversion");
        String measurements = base + "/kpis/" + id + "/measurements";

        Api.Response typo = admin().post(measurements, "{\"date\":\"2026-03-01\",\"value\":150}");
        assertThat(typo.status()).isEqualTo(201);
        assertThat(typo.json().path("recorded").asInt()).isEqualTo(1);
        assertThat(typo.json()
                        .path("warnings")
                        .valueStream()
                        .map(w -> w.path("field").asString() + ": "
                                + w.path("message").asString()))
                .containsExactly("value: 150% is outside 0–100%: check that it is right.");
        assertThat(typo.json().path("kpi").path("latest").path("value").asDouble())
                .isEqualTo(150.0);

        Api.Response batch = admin().post(
                        measurements,
                        "[{\"date\":\"2026-04-01\",\"value\":4.4},{\"date\":\"2026-05-01\",\"value\":-2}]");
        assertThat(batch.status()).isEqualTo(201);
        assertThat(batch.json()
                        .path("warnings")
                        .valueStream()
                        .map(w -> w.path("field").asString()))
                .containsExactly("[1].value");

        Api.Response fine = admin().post(measurements, "{\"date\":\"2026-06-01\",\"value\":4.6}");
        assertThat(fine.json().path("warnings").size()).isZero();
    }

    @Test
    void importsNothingFromAFileWithARowDatedAfterTodayAndWarnsAboutDoubtfulPercentages() {
        long conversion = createKpi("Conversion");
        String url = base + "/kpis/measurements/import";
        String file = """
                kpi,date,value
                Conversion,2026-02-01,4.4
                Conversion,%s,4.5
                Conversion,2026-03-01,150

                # Sessions
                kpi,date,value
                Conversion,2026-04-01,5
                """.formatted(LocalDate.now(ZoneOffset.UTC).plusDays(2));

        Upload refused = upload(url, "text/csv", file);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("line").asInt() + ":" + e.path("field").asString()))
                .containsExactly("3:date");
        assertThat(refused.json().path("errors").get(0).path("message").asString())
                .contains("is after today");
        assertThat(admin().get(base + "/kpis/" + conversion + "/measurements")
                        .json()
                        .path("items")
                        .size())
                .as("nothing half-applied")
                .isZero();

        Upload partly = upload(url + "?mode=good-rows", "text/csv", file);
        assertThat(partly.status()).isEqualTo(200);
        assertThat(partly.json().path("saved").asInt()).isEqualTo(2);
        assertThat(partly.json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("line").asInt()))
                .containsExactly(3);
        assertThat(partly.json()
                        .path("warnings")
                        .valueStream()
                        .map(w -> w.path("line").asInt() + ":" + w.path("field").asString() + ": "
                                + w.path("message").asString()))
                .containsExactly(
                        "4:value: 150% is outside 0–100%: check that it is right.",
                        "6:file: a second table starts here (its '#' lines): it was not read. Import one table per"
                                + " file.");
        assertThat(dates(admin().get(base + "/kpis/" + conversion + "/measurements")))
                .containsExactly("2026-02-01", "2026-03-01");

        // a file that cannot be read saves nothing with the good rows asked for either: refused, not "saved 0"
        Upload unreadable = upload(url + "?mode=good-rows", "text/csv", "kpi,date\nConversion,2026-02-01\n");
        assertThat(unreadable.status()).as(unreadable.json().toString()).isEqualTo(400);
        assertThat(unreadable.json().path("detail").asString())
                .isEqualTo("The file cannot be read as it is, so nothing was saved: fix it as its errors say.");
    }

    /**
     * A sheet of measurements saved by Excel where the decimal mark is a comma: Windows-1252,
     * {@code ;} between cells, days with dots, decimal commas. Read as written.
     */
    @Test
    void importsMeasurementsFromAnExcelFileOfACommaDecimalLocale() {
        long conversion = createKpi("Conversion");
        String file =
                "date;value;note\r\n01.02.2026;4,4;\"Caf\u00e9 \u2013 r\u00e9sum\u00e9\"\r\n01.03.2026;4,5 %;\r\n";
        Api.Response saved = admin().postBytes(
                        base + "/kpis/measurements/import?kpi=" + conversion,
                        "text/csv",
                        file.getBytes(UploadedText.WINDOWS_1252));
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        JsonNode measurements = admin().get(base + "/kpis/" + conversion + "/measurements")
                .json()
                .path("items");
        assertThat(measurements
                        .valueStream()
                        .map(m -> m.path("date").asString() + " "
                                + m.path("value").asDouble() + " "
                                + m.path("note").asString("")))
                .containsExactlyInAnyOrder("2026-02-01 4.4 Caf\u00e9 \u2013 r\u00e9sum\u00e9", "2026-03-01 4.5 ");
    }

    /** A cell that is one KPI's name and another KPI's id is neither: the row says so, and how to write each. */
    @Test
    void aKpiCellThatIsOneKpisNameAndAnothersIdIsRefused() {
        long retention = createKpi("Week-1 retention");
        long named = createKpi(String.valueOf(retention));
        Upload refused = upload(base + "/kpis/measurements/import", "text/csv", """
                kpi,date,value
                %d,2026-02-01,39
                %d,2026-02-01,40
                """.formatted(retention, named));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        JsonNode errors = refused.json().path("errors");
        assertThat(errors.valueStream()
                        .map(e -> e.path("line").asInt() + ":" + e.path("field").asString()))
                .containsExactly("2:kpi");
        assertThat(errors.get(0).path("message").asString())
                .contains("the name of one KPI and the id of another (Week-1 retention)", "write " + named);
        assertThat(admin().get(base + "/kpis/" + retention + "/measurements")
                        .json()
                        .path("items")
                        .size())
                .isZero();
    }

    @Test
    void importsCsvForManyKpisAtOnceAndSavesNothingWhenARowIsWrong() {
        long conversion = createKpi("Conversion");
        long retention = createKpi("Week-1 retention");
        String url = base + "/kpis/measurements/import";

        Upload refused = upload(url, "text/csv", """
                kpi,date,value
                Conversion,2026-02-01,4.4
                Week-1 retention,2026-02-31,39
                Churn,2026-02-01,3
                Conversion,2026-02-01,4.5
                """);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").asString())
                .contains("3 lines are wrong, so nothing was saved", "?mode=good-rows");
        assertThat(refused.json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("line").asInt() + ":" + e.path("field").asString()))
                .containsExactly("3:date", "4:kpi", "5:date");
        assertThat(admin().get(base + "/kpis/" + conversion + "/measurements")
                        .json()
                        .path("items")
                        .size())
                .isZero();

        Upload partly = upload(url + "?mode=good-rows", "text/csv", """
                kpi,date,value,note
                Conversion,2026-02-01,4.4,"after the campaign, finally"
                %d,2026-02-01,39
                Churn,2026-02-01,3
                """.formatted(retention));
        assertThat(partly.status()).isEqualTo(200);
        assertThat(partly.json().path("saved").asInt()).isEqualTo(2);
        assertThat(partly.json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("line").asInt()))
                .containsExactly(4);
        assertThat(admin().get(base + "/kpis/" + conversion)
                        .json()
                        .path("latest")
                        .path("note")
                        .asString())
                .isEqualTo("after the campaign, finally");
        assertThat(admin().get(base + "/kpis/" + retention)
                        .json()
                        .path("latest")
                        .path("source")
                        .asString())
                .isEqualTo("CSV");
    }

    @Test
    void importsADateValueFileForOneKpiAsBodyOrUploadedFile() {
        long id = createKpi("Conversion");
        String url = base + "/kpis/measurements/import";
        Upload withoutKpi = upload(url, "text/csv", "date,value\n2026-02-01,4.4\n");
        assertThat(withoutKpi.status()).isEqualTo(400);
        assertThat(withoutKpi.json().path("field").asString()).isEqualTo("kpi");

        Upload body = upload(url + "?kpi=" + id, "text/csv", "date,value\n2026-02-01,4.4\n2026-03-01,4.6\n");
        assertThat(body.status()).isEqualTo(200);
        assertThat(body.json().path("saved").asInt()).isEqualTo(2);

        String boundary = "----tandem" + unique();
        String multipart =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"conversion.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\ndate,value\r\n2026-04-01,4.9\r\n--" + boundary + "--\r\n";
        Upload file = upload(url + "?kpi=" + id, "multipart/form-data; boundary=" + boundary, multipart);
        assertThat(file.status()).as(file.text()).isEqualTo(200);
        assertThat(admin().get(base + "/kpis/" + id + "/measurements")
                        .json()
                        .path("items")
                        .size())
                .isEqualTo(3);

        assertThat(upload(url + "?mode=some", "text/csv", "date,value\n")
                        .json()
                        .path("field")
                        .asString())
                .isEqualTo("mode");
    }

    @Test
    void recordsTwentyThousandValuesThroughTheApiAndCsvAndReadsEveryOneBack() {
        long id = createKpi("Daily sign-ups");
        String measurements = base + "/kpis/" + id + "/measurements";
        // days 0..9,999 as one array of 10,000 (the limit), written by the API
        Api.Response first = admin().post(measurements, array(0, 10_000, 1.0));
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.json().path("recorded").asInt()).isEqualTo(10_000);
        // days 5,000..14,999 from a CSV file: half of them revise a day the API wrote
        StringBuilder csv = new StringBuilder("date,value\n");
        for (int day = 5_000; day < 15_000; day++) {
            csv.append(DAY_0.plusDays(day)).append(',').append(day * 2.0).append('\n');
        }
        Upload imported = upload(base + "/kpis/measurements/import?kpi=" + id, "text/csv", csv.toString());
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(imported.json().path("saved").asInt()).isEqualTo(10_000);
        // days 15,000..19,999 by the API again
        assertThat(admin().post(measurements, array(15_000, 20_000, 3.0)).status())
                .isEqualTo(201);

        // read back a page of 100 at a time, oldest first
        List<JsonNode> all = new java.util.ArrayList<>();
        JsonNode page = admin().get(measurements + "?size=100").json();
        assertThat(page.path("totalItems").asInt()).isEqualTo(20_000);
        assertThat(page.path("totalPages").asInt()).isEqualTo(200);
        for (int p = 0; p < 200; p++) {
            if (p > 0) {
                page = admin().get(measurements + "?size=100&page=" + p).json();
            }
            page.path("items").forEach(all::add);
        }
        assertThat(all).hasSize(20_000);
        for (int day = 0; day < 20_000; day++) {
            JsonNode m = all.get(day);
            assertThat(m.path("date").asString()).isEqualTo(DAY_0.plusDays(day).toString());
            double expected = day < 5_000 ? day * 1.0 : day < 15_000 ? day * 2.0 : day * 3.0;
            assertThat(m.path("value").asDouble()).as("day %d", day).isEqualTo(expected);
            assertThat(m.path("source").asString()).isEqualTo(day < 5_000 || day >= 15_000 ? "API" : "CSV");
        }
        JsonNode kpi = admin().get(base + "/kpis/" + id).json();
        assertThat(kpi.path("latest").path("date").asString())
                .isEqualTo(DAY_0.plusDays(19_999).toString());
        assertThat(kpi.path("latest").path("value").asDouble()).isEqualTo(19_999 * 3.0);
    }

    @Test
    void refusesMoreMeasurementsThanTheLimitWithProblemDetailsNamingIt() {
        long id = createKpi("Weekly active users");
        Api.Response refused = admin().post(base + "/kpis/" + id + "/measurements", array(0, 10_001, 1.0));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asString()).isEqualTo("/problems/too-many-measurements");
        assertThat(refused.json().path("limit").asInt()).isEqualTo(10_000);
        assertThat(refused.json().path("detail").asString())
                .contains("10,000")
                .contains("tandem.kpi.max-measurements-per-request");
        assertThat(refused.field()).isEqualTo("measurements");
        assertThat(admin().get(base + "/kpis/" + id + "/measurements")
                        .json()
                        .path("items")
                        .size())
                .isZero();
    }

    /** 20,000 days from here end in 1994: measurements are refused after today. */
    private static final LocalDate DAY_0 = LocalDate.of(1940, 1, 1);

    /** An array of measurements for days {@code from} (inclusive) to {@code to} after DAY_0, the value day × factor. */
    private static String array(int from, int to, double factor) {
        StringBuilder json = new StringBuilder("[");
        for (int day = from; day < to; day++) {
            json.append(day == from ? "" : ",")
                    .append("{\"date\":\"")
                    .append(DAY_0.plusDays(day))
                    .append("\",\"value\":")
                    .append(day * factor)
                    .append('}');
        }
        return json.append(']').toString();
    }

    private record Upload(int status, String text, JsonNode json) {}

    private Upload upload(String path, String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", contentType)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Upload(
                    response.statusCode(),
                    response.body(),
                    JsonMapper.builder().build().readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> dates(Api.Response response) {
        return response.json()
                .path("items")
                .valueStream()
                .map(m -> m.path("date").asString())
                .toList();
    }

    private static List<String> names(Api.Response response) {
        return response.json()
                .path("items")
                .valueStream()
                .map(k -> k.path("name").asString())
                .toList();
    }
}
