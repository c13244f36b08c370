package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.support.UploadedText;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Goals and KPIs as a person uses them, in a real Chromium. */
class GoalsBrowserIT extends BrowserIT {

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void theDemoGoalShowsItsSharedKpisWithChartsAndHealth() {
        signIn();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Workspace"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Goals & KPIs"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Goals & KPIs").setLevel(1)))
                .isVisible();
        screenshot("goals");

        link("Grow trial-to-paid conversions").first().click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Grow trial-to-paid conversions")))
                .isVisible();
        Locator charts = page.locator("canvas[data-kpi-chart][data-drawn]");
        assertThat(charts).hasCount(4);
        assertThat(page.locator("canvas[aria-label^='Line chart of Week-1 retention']"))
                .hasAttribute("data-drawn", "12");
        assertThat(page.getByText("Off track").first()).isVisible();
        screenshot("goal-page");

        link("Week-1 retention").click();
        assertThat(page.locator("#kpi-chart")).hasAttribute("data-drawn", "12");
        // the time axis is marked on months' first days, each named with its whole year ("Jan 2026")
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ticks = (List<Map<String, Object>>) page.locator("#kpi-chart")
                .evaluate("c => Chart.getChart(c).scales.x.ticks.map(t => ({ label: t.label,"
                        + " day: new Date(t.value).getUTCDate() }))");
        Assertions.assertThat(ticks).isNotEmpty().hasSizeLessThanOrEqualTo(7);
        Assertions.assertThat(ticks).allSatisfy(tick -> {
            Assertions.assertThat(String.valueOf(tick.get("label"))).matches("[A-Z][a-z]{2} 20\\d\\d");
            Assertions.assertThat(((Number) tick.get("day")).intValue()).isEqualTo(1);
        });
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions()
                                .setName("New onboarding emails: the second one pushes the premium tier")))
                .isVisible();
        screenshot("kpi-page");
    }

    @Test
    void addsAMeasurementAndSeesTheHealthAndTheChartChange() {
        signIn();
        page.navigate(baseUrl() + "/w/budgetly/goals");
        link("New KPI").click();
        String name = "Trial sign-ups " + unique();
        page.getByLabel("Name").fill(name);
        page.getByLabel("Unit").selectOption("COUNT");
        page.getByLabel("Baseline value").fill("100");
        page.getByLabel("Baseline date").fill("2026-01-01");
        page.getByLabel("Target value").fill("200");
        page.getByLabel("Target date").fill("2027-01-01");
        page.getByLabel("Must not drop below").fill("80");
        page.getByLabel("Marketing").check();
        button("Create KPI").click();

        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(name).setLevel(1)))
                .isVisible();
        Locator health = page.locator("#health");
        assertThat(health).containsText("No data");
        Locator chart = page.locator("#kpi-chart");
        assertThat(chart).hasAttribute("data-drawn", "0");
        byte[] emptyChart = chart.screenshot();

        page.getByLabel("Date").fill("2026-07-02");
        page.getByLabel("Value").fill("170");
        button("Add measurement").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Health: On track");
        assertThat(health).containsText("On track");
        assertThat(health)
                .containsText(
                        "Ahead of plan: 70% of the way to the target, with 50% of the time gone. 170 on 2 Jul 2026,"
                                + " where the plan asks for 149.9.");
        assertThat(chart).hasAttribute("data-drawn", "1");
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions().setName("2 Jul 2026").setExact(true)))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions().setName("Typed in").setExact(true)))
                .isVisible();
        byte[] onePoint = chart.screenshot();
        Assertions.assertThat(onePoint).as("the chart shows the new point").isNotEqualTo(emptyChart);
        screenshot("kpi-measurement-on-track");

        page.getByLabel("Date").fill("2026-10-01");
        page.getByLabel("Value").fill("75");
        page.getByLabel("Note").fill("Tracking broke after the site release");
        button("Add measurement").click();
        assertThat(health).containsText("Guardrail breached");
        assertThat(health).containsText("is below 80");
        assertThat(chart).hasAttribute("data-drawn", "2");
        Assertions.assertThat(chart.screenshot()).isNotEqualTo(onePoint);
        screenshot("kpi-measurement-guardrail");

        // a refused value comes back beside its field, with everything typed
        page.getByLabel("Date").fill("2026-10-02");
        page.getByLabel("Value").fill("many");
        page.getByLabel("Note").fill("typed before the error");
        button("Add measurement").click();
        assertThat(page.locator("#m-value-error")).containsText("Give a number");
        assertThat(page.getByLabel("Date")).hasValue("2026-10-02");
        assertThat(page.getByLabel("Value")).hasValue("many");
        assertThat(page.getByLabel("Note")).hasValue("typed before the error");

        // a day after today is refused beside the date, with everything typed
        String future = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        page.getByLabel("Date").fill(future);
        page.getByLabel("Value").fill("180");
        button("Add measurement").click();
        assertThat(page.locator("#m-date-error")).containsText(future + " is after today");
        assertThat(page.getByLabel("Date")).hasValue(future);
        assertThat(page.getByLabel("Value")).hasValue("180");
        assertThat(page.getByLabel("Note")).hasValue("typed before the error");
        screenshot("kpi-measurement-future-refused");
        assertThat(chart).hasAttribute("data-drawn", "2");

        // a delete asks first; cancelling keeps the measurement
        link("Delete the measurement of 1 Oct 2026…").click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Delete the measurement of 1 Oct 2026?")))
                .isVisible();
        assertThat(page.getByText(name + ": 75 on 1 Oct 2026 (Tracking broke after the site release)."))
                .isVisible();
        screenshot("kpi-measurement-delete");
        link("Cancel").click();
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions().setName("1 Oct 2026").setExact(true)))
                .isVisible();
        link("Delete the measurement of 1 Oct 2026…").click();
        button("Delete measurement").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Deleted 75 of 1 Oct 2026. Health: On track.");
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions().setName("1 Oct 2026").setExact(true)))
                .hasCount(0);
        assertThat(health).containsText("On track");
    }

    @Test
    void importsCsvAndReportsTheWrongRowsByLine() {
        long kpi = admin().post(
                        "/api/v1/workspaces/budgetly/kpis",
                        "{\"name\":\"Imported " + unique() + "\",\"unit\":\"PERCENT\","
                                + "\"direction\":\"HIGHER_IS_BETTER\",\"baselineValue\":10,\"baselineDate\":\"2026-01-01\",\"targetValue\":20,"
                                + "\"targetDate\":\"2027-01-01\"}")
                .json()
                .path("id")
                .asLong();
        signIn();
        page.navigate(baseUrl() + "/w/budgetly/kpis/" + kpi);
        link("Import measurements").click();
        // the CSRF token goes in a header (htmx), never in the form's address or the URL sent
        Assertions.assertThat(
                        page.locator("form[enctype='multipart/form-data']").getAttribute("action"))
                .endsWith("/w/budgetly/kpis/import")
                .doesNotContain("_csrf");
        scriptsLoaded();
        page.getByLabel("…or paste the lines").fill("date,value\n2026-02-01,11\n2026-03-01,twelve\n2026-04-01,13\n");
        Request sent = page.waitForRequest(
                request -> request.method().equals("POST"),
                () -> button("Import").click());
        Assertions.assertThat(sent.url()).endsWith("/w/budgetly/kpis/import").doesNotContain("_csrf");
        Assertions.assertThat(sent.headerValue("x-csrf-token")).isNotBlank();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Nothing was saved");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Rows that are wrong")))
                .containsText("'twelve' is not a number");
        screenshot("import-errors");

        page.getByLabel("Save the good rows even if some are wrong").check();
        button("Import").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Imported 2 measurements. 1 wrong row was skipped");
        Assertions.assertThat(page.url()).doesNotContain("_csrf");

        // all rows good: on to the KPI, with its chart drawn and the flash shown, as after a form post
        page.getByLabel("…or paste the lines").fill("date,value\n2026-04-15,12.5\n");
        button("Import").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Imported 1 measurement.");
        Assertions.assertThat(page.url()).endsWith("/w/budgetly/kpis/" + kpi);
        assertThat(page.locator("#kpi-chart")).hasAttribute("data-drawn", "3");

        // 150 on a percent KPI is saved, with a warning beside it
        page.getByLabel("Date").fill("2026-05-01");
        page.getByLabel("Value").fill("150");
        button("Add measurement").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("150% is outside 0–100%: check that it is right.");
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("1 May 2026")))
                .containsText("150% is outside 0–100%: check that it is right.");
        screenshot("kpi-measurement-doubted");

        // a file saved by Excel where the decimal mark is a comma: Windows-1252, ';', days with dots
        link("Import measurements").click();
        page.getByLabel("CSV file")
                .setInputFiles(new FilePayload(
                        "kpi.csv",
                        "text/csv",
                        "date;value;note\r\n01.06.2026;12,5;Caf\u00e9 \u2013 relaunch\r\n01.07.2026;13,25;\r\n"
                                .getBytes(UploadedText.WINDOWS_1252)));
        button("Import").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Imported 2 measurements.");
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("1 Jun 2026")))
                .containsText("Caf\u00e9 \u2013 relaunch");

        // UTF-8 with one letter as Windows-1252 writes it: refused on its line, nothing saved
        link("Import measurements").click();
        byte[] head = "date,value,note\n2026-08-01,14,Caf\u00e9\n2026-09-01,15,na".getBytes(StandardCharsets.UTF_8);
        byte[] mixed = Arrays.copyOf(head, head.length + 4);
        mixed[head.length] = (byte) 0xEF; // "\u00ef" as Windows-1252 writes it
        mixed[head.length + 1] = (byte) 'v';
        mixed[head.length + 2] = (byte) 'e';
        mixed[head.length + 3] = (byte) '\n';
        page.getByLabel("CSV file").setInputFiles(new FilePayload("mixed.csv", "text/csv", mixed));
        button("Import").click();
        // saving the good rows would not help: not suggested
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Nothing was saved: the file cannot be read as it is. Fix it as said below");
        Locator wrong = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Rows that are wrong"));
        assertThat(wrong).containsText("holds a byte that is not UTF-8 text");
        assertThat(wrong.locator("tbody tr").first()).containsText("3");
        screenshot("kpi-import-not-text");

        // "Save the good rows" ticked and no row good: ticking it is not suggested again
        page.getByLabel("…or paste the lines").fill("date,value\n2026-10-01,ten\n2026-11-01,eleven\n");
        page.getByLabel("Save the good rows even if some are wrong").check();
        button("Import").click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("Nothing was saved: no row of the file is good (2 problems). Fix them and upload again.");
    }

    @Test
    void definesKpisFromPastedLinesAndKeepsThemWhenARowIsWrong() {
        String name = "Week-1 retention " + unique();
        String lines = "Name;Unit;Direction;Baseline;Baseline date;Target;Target date\n"
                + name + ";percent;higher is better;31;2026-01-01;40;2026-12-31\n"
                + "NPS " + unique() + ";points;higher;10;2026-01-01;20;2026-12-31\n";
        signIn();
        page.navigate(baseUrl() + "/w/budgetly/goals");
        link("Import KPIs").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Import KPIs");
        scriptsLoaded();
        page.getByLabel("…or paste the lines").fill(lines);
        button("Import").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Nothing was saved: 1 problem in the file.");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Rows that are wrong")))
                .containsText("'points' is not a unit");
        // what was pasted is kept, to be fixed in place
        assertThat(page.getByLabel("…or paste the lines")).hasValue(lines);
        screenshot("kpi-import-errors");

        page.getByLabel("…or paste the lines").fill(lines.replace(";points;higher;", ";score;higher is better;"));
        button("Import").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Defined 2 KPIs.");
        Assertions.assertThat(page.url()).endsWith("/w/budgetly/goals");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(name);
    }

    @Test
    void onAPhoneTheMeasurementsShowTheirDeleteLinkWithoutScrollingSideways() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
        page = context.newPage();
        long kpi = admin().post(
                        "/api/v1/workspaces/budgetly/kpis",
                        "{\"name\":\"Phone " + unique() + "\",\"unit\":\"PERCENT\","
                                + "\"direction\":\"HIGHER_IS_BETTER\",\"baselineValue\":10,\"baselineDate\":\"2026-01-01\",\"targetValue\":20,"
                                + "\"targetDate\":\"2027-01-01\"}")
                .json()
                .path("id")
                .asLong();
        admin().post(
                        "/api/v1/workspaces/budgetly/kpis/" + kpi + "/measurements",
                        "[{\"date\":\"2026-08-03\",\"value\":14.5,\"note\":\"After the pricing page went live in"
                                + " every market, with the new annual plan\"},{\"date\":\"2026-10-01\",\"value\":150}]");
        signIn();
        page.navigate(baseUrl() + "/w/budgetly/kpis/" + kpi);
        // the section menu, a strip that scrolls sideways on a phone, shows the section one is in
        assertThat(page.locator(".sidenav a[aria-current]"))
                .isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
        Assertions.assertThat(((Number) page.evaluate("window.scrollY")).doubleValue())
                .as("the page itself did not move")
                .isZero();

        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Measurements"))
                .scrollIntoViewIfNeeded();
        Locator delete = link("Delete the measurement of 3 Aug 2026…");
        assertThat(delete).isVisible();
        assertThat(delete).isInViewport();
        assertThat(link("Delete the measurement of 1 Oct 2026…")).isInViewport();
        Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("the page is no wider than the phone")
                .isLessThanOrEqualTo(390);
        screenshot("kpi-page-phone");

        delete.click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Delete the measurement of 3 Aug 2026?")))
                .isVisible();
        screenshot("kpi-measurement-delete-phone");
    }
}
