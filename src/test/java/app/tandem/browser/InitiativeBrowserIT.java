package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Initiatives as a team lead uses them: an empty list that says what to do, proposing one with a
 * mistake and then right, moving it on, saying what it needs from another team's initiative (and
 * seeing why that hand-off is at risk), and a cycle refused naming it.
 */
class InitiativeBrowserIT extends BrowserIT {

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static long id(Api.Response created) {
        Assertions.assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    @Test
    void proposesAnInitiativeMovesItOnAndSaysWhatItNeedsFromAnother() {
        String slug = "initiatives-ui-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Initiatives UI\",\"slug\":\"" + slug + "\"}");
        id(admin().post(base + "/teams", "{\"name\":\"Marketing\"}"));
        long design = id(admin().post(base + "/teams", "{\"name\":\"Design\"}"));
        String email = "maya." + unique() + "@example.com";
        id(admin().post(
                        "/api/v1/users",
                        "{\"email\":\"" + email
                                + "\",\"displayName\":\"Maya Ortiz\",\"password\":\"long-enough-password\"}"));
        admin().post(base + "/members", "{\"email\":\"" + email + "\",\"role\":\"MEMBER\"}");

        signIn();
        page.navigate(baseUrl() + "/w/" + slug);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Workspace"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Initiatives"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Initiatives");
        assertThat(page.locator(".empty")).containsText("No initiatives yet.");

        link("Propose an initiative").click();
        page.getByLabel("Title").fill("Re-onboarding e-mail campaign");
        page.getByLabel("Description").fill("Win back people who stopped after week one.\n<b>not bold</b>");
        page.getByLabel("Kind").selectOption("CAMPAIGN");
        page.getByLabel("Proposing team").selectOption(new SelectOption().setLabel("Marketing"));
        page.getByLabel("Accountable owner").selectOption(new SelectOption().setLabel("Maya Ortiz"));
        page.getByLabel("Starts").fill("2027-03-01");
        page.getByLabel("Due").fill("2027-02-01");
        button("Propose initiative").click();

        assertThat(page.getByText("It is due on 1 Feb 2027, before it starts on 1 Mar 2027."))
                .isVisible();
        assertThat(page.getByLabel("Due")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Title")).hasValue("Re-onboarding e-mail campaign");
        assertThat(page.getByLabel("Accountable owner").locator("option:checked"))
                .hasText("Maya Ortiz");
        screenshot("initiative-form-errors");

        page.getByLabel("Due").fill("2027-04-30");
        button("Propose initiative").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Re-onboarding e-mail campaign");
        assertThat(page.locator(".facts")).containsText("Maya Ortiz");
        // no effort and no contributors yet: the page says so and how to add them
        assertThat(page.locator(".facts")).containsText("None given yet: the plan scores it as 1 person-week.");
        assertThat(page.locator(".facts")
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Name who works on it")))
                .isVisible();
        // what was typed is shown as text, never as markup
        assertThat(page.getByText("<b>not bold</b>")).isVisible();
        String campaignUrl = page.url();

        button("Start discovery").click();
        assertThat(page.locator(".flash")).containsText("Re-onboarding e-mail campaign is in discovery now.");
        assertThat(page.getByRole(
                        AriaRole.TABLE,
                        new Page.GetByRoleOptions().setName("Every status change: who, when, from, to and why")))
                .containsText("In discovery");

        // Design's initiative ends after the campaign starts: the hand-off is at risk
        id(admin().post(
                        base + "/initiatives",
                        "{\"title\":\"In-app guidance assets\",\"kind\":\"CONTENT\",\"proposingTeamId\":" + design
                                + ",\"ownerId\":"
                                + admin().get("/api/v1/me").json().path("id").asLong()
                                + ",\"startDate\":\"2027-01-04\",\"dueDate\":\"2027-03-31\"}"));
        page.navigate(campaignUrl);
        page.getByLabel("Needs it from").selectOption(new SelectOption().setLabel("In-app guidance assets"));
        page.getByLabel("What it needs").selectOption("NEEDS_DESIGN_ASSETS");
        page.getByLabel("Hand-off due").fill("2027-02-15");
        button("Add dependency").click();
        assertThat(page.locator(".flash")).containsText("It needs design assets from In-app guidance assets now.");
        Locator needs = page.getByRole(
                AriaRole.TABLE, new Page.GetByRoleOptions().setName("What this initiative needs from others"));
        assertThat(needs).containsText("In-app guidance assets");
        assertThat(needs).containsText("At risk");
        assertThat(needs.locator(".risk-reasons"))
                .containsText(
                        "“In-app guidance assets” is due on 31 Mar 2027, after “Re-onboarding e-mail campaign” starts on 1 Mar 2027.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("At risk");
        screenshot("initiative-page");

        link("In-app guidance assets").click();
        assertThat(page.getByRole(
                        AriaRole.TABLE,
                        new Page.GetByRoleOptions().setName("What other initiatives need from this one")))
                .containsText("Re-onboarding e-mail campaign");
        page.getByLabel("Needs it from").selectOption(new SelectOption().setLabel("Re-onboarding e-mail campaign"));
        page.getByLabel("What it needs").selectOption("NEEDS_DECISION");
        page.getByLabel("Hand-off due").fill("2027-01-10");
        button("Add dependency").click();
        assertThat(page.getByText(
                        "This would close a cycle: “In-app guidance assets” needs “Re-onboarding e-mail campaign”,"
                                + " and “Re-onboarding e-mail campaign” needs “In-app guidance assets”."))
                .isVisible();
        assertThat(page.getByLabel("Needs it from")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Hand-off due")).hasValue("2027-01-10");
        // the panels that load after the page did not push the field in error out of the window
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.getByLabel("Needs it from")).isInViewport();
        screenshot("dependency-refused");

        // the browser asks for a reason first; without its check the server says so beside the field
        assertThat(page.getByLabel("Why drop it?")).hasAttribute("required", "");
        page.evaluate("document.querySelectorAll('form').forEach(f => f.noValidate = true)");
        button("Drop it").click();
        assertThat(page.locator("#drop-reason-error")).hasText("Say why it is dropped, so every team knows.");
        assertThat(page.getByLabel("Why drop it?")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Proposed");
        page.getByLabel("Why drop it?").fill("Design's time went to the premium tier");
        button("Drop it").click();
        assertThat(page.locator(".flash")).hasText("In-app guidance assets is dropped now.");
        assertThat(page.getByRole(
                        AriaRole.TABLE,
                        new Page.GetByRoleOptions().setName("Every status change: who, when, from, to and why")))
                .containsText("Design's time went to the premium tier");
        assertThat(page.locator(".risk-reasons")).containsText("“In-app guidance assets” was dropped.");

        page.navigate(baseUrl() + "/w/" + slug + "/initiatives");
        Locator rows = page.locator("tbody tr");
        assertThat(rows).hasCount(2);
        page.getByLabel("Risk").selectOption("true");
        button("Show").click();
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("Re-onboarding e-mail campaign");
        assertThat(rows.first()).containsText("Campaign");
        assertThat(rows.first()).containsText("Marketing");
        assertThat(rows.first()).containsText("In discovery");
        assertThat(rows.first()).containsText("At risk");
        page.getByLabel("Risk").selectOption("");
        page.getByLabel("Team").selectOption(new SelectOption().setLabel("Design"));
        button("Show").click();
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("In-app guidance assets");
        page.getByLabel("Team").selectOption("");
        button("Show").click();
        screenshot("initiative-list");
    }

    @Test
    void editsAnInitiativeWithEffortPerTeamContributorsAndMarkdown() {
        String slug = "initiative-edit-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Initiative edit\",\"slug\":\"" + slug + "\"}");
        long marketing = id(admin().post(base + "/teams", "{\"name\":\"Marketing\"}"));
        long design = id(admin().post(base + "/teams", "{\"name\":\"Design\"}"));
        id(admin().post(base + "/teams", "{\"name\":\"IT\"}"));
        String email = "ana." + unique() + "@example.com";
        long ana = id(admin().post(
                        "/api/v1/users",
                        "{\"email\":\"" + email
                                + "\",\"displayName\":\"Ana Lima\",\"password\":\"long-enough-password\"}"));
        admin().post(base + "/members", "{\"email\":\"" + email + "\",\"role\":\"MEMBER\"}");
        long me = admin().get("/api/v1/me").json().path("id").asLong();
        long landing = id(admin().post(
                        base + "/initiatives",
                        "{\"title\":\"Landing page\",\"kind\":\"CAMPAIGN\",\"proposingTeamId\":" + marketing
                                + ",\"ownerId\":" + me
                                + ",\"startDate\":\"2027-03-01\",\"dueDate\":\"2027-04-30\"}"));

        signIn();
        page.navigate(baseUrl() + "/w/" + slug + "/initiatives/" + landing);
        link("Edit").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Edit Landing page");
        page.getByLabel("Description")
                .fill("Sign-ups for the **savings goals** launch. [Brief](https://example.com/brief)"
                        + " [bad](javascript:alert(1))");
        page.getByLabel("Design person-weeks").fill("2");
        page.getByLabel("IT person-weeks").fill("-1");
        // the second row, leaving the first blank: an error must still land beside the row typed in
        page.getByLabel("Contributor 2", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Ana Lima"));
        page.getByLabel("Contributor 2 team", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("For Design"));
        button("Save initiative").click();

        assertThat(page.getByLabel("IT person-weeks")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByText("Effort cannot be negative: give 0 or more person-weeks."))
                .isVisible();
        assertThat(page.locator(".field-error")
                        .filter(new Locator.FilterOptions().setHasText("responsible, consulted or informed")))
                .hasCount(1);
        assertThat(page.getByLabel("Design person-weeks")).hasValue("2");
        // Ana is not in Design (yet): she cannot contribute for it
        assertThat(page.getByLabel("Contributor 2 team", new Page.GetByLabelOptions().setExact(true)))
                .hasAttribute("aria-invalid", "true");
        assertThat(page.getByText("This person is not in that team: choose one of their teams, or no team."))
                .isVisible();
        assertThat(page.getByLabel("Contributor 2", new Page.GetByLabelOptions().setExact(true))
                        .locator("option:checked"))
                .hasText("Ana Lima");
        assertThat(page.getByLabel("Description"))
                .hasValue("Sign-ups for the **savings goals** launch. [Brief](https://example.com/brief)"
                        + " [bad](javascript:alert(1))");
        screenshot("initiative-edit-errors");

        admin().post(base + "/teams/" + design + "/members", "{\"userId\":" + ana + ",\"involvement\":\"EXECUTES\"}");
        page.getByLabel("IT person-weeks").fill("3.5");
        page.getByLabel("Contributor 2 role", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Consulted"));
        button("Save initiative").click();

        assertThat(page.locator(".flash")).containsText("Initiative Landing page saved.");
        Locator facts = page.locator(".facts");
        assertThat(facts).containsText("Design 2.0, IT 3.5 (5.5 person-weeks)");
        assertThat(facts).containsText("Ana Lima (consulted)");
        assertThat(page.locator(".markdown strong")).hasText("savings goals");
        assertThat(page.locator(".markdown a", new Page.LocatorOptions().setHasText("Brief")))
                .hasAttribute("href", "https://example.com/brief");
        Assertions.assertThat(page.locator(".markdown a", new Page.LocatorOptions().setHasText("bad"))
                        .getAttribute("href"))
                .isNull();
        screenshot("initiative-edited");

        // someone else changed it since the edit form was opened: nothing is overwritten
        link("Edit").click();
        admin().patchAsRead(
                        base + "/initiatives/" + landing,
                        base + "/initiatives/" + landing + "/status",
                        "{\"status\":\"DISCOVERY\"}");
        page.getByLabel("Title").fill("Landing page v2");
        button("Save initiative").click();
        assertThat(page.locator(".flash.error, [role=alert]").first()).containsText("changed");
        assertThat(page.getByLabel("Title")).hasValue("Landing page v2");
    }

    @Test
    void proposesInitiativesFromACsvFileAndListsTheWrongRowsByLine(@TempDir Path folder) throws IOException {
        String slug = "initiatives-csv-" + unique();
        String base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Initiatives CSV\",\"slug\":\"" + slug + "\"}");
        id(admin().post(base + "/teams", "{\"name\":\"Design\"}"));
        Path roadmap = Files.writeString(
                folder.resolve("roadmap.csv"),
                "Title;Type;Team;Start date;Due date;Effort\n"
                        + "Onboarding checklist;feature;Design;2027-01-04;2027-02-26;Design: 3\n"
                        + "Payroll export;feature;Finance;2027-01-04;2027-01-08;\n");

        signIn();
        page.navigate(baseUrl() + "/w/" + slug + "/initiatives");
        link("Import from CSV").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Import initiatives");
        scriptsLoaded();
        page.getByLabel("CSV file").setInputFiles(roadmap);
        button("Import").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Nothing was saved: 1 problem in the file.");
        Locator wrong = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Rows that are wrong"));
        assertThat(wrong.locator("tbody tr")).hasCount(1);
        assertThat(wrong.locator("tbody tr").first()).containsText("3");
        assertThat(wrong.locator("tbody tr").first()).containsText("team");
        assertThat(wrong).containsText("Finance");
        screenshot("initiative-import-errors");
        Assertions.assertThat(admin().get(base + "/initiatives")
                        .json()
                        .path("totalItems")
                        .asInt())
                .as("nothing proposed")
                .isZero();

        // the good row alone, and the wrong one listed
        page.getByLabel("CSV file").setInputFiles(roadmap);
        page.getByLabel("Save the good rows even if some are wrong").check();
        button("Import").click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText("Proposed 1 initiative. 1 wrong row was left out: see below.");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Rows that are wrong")))
                .containsText("Finance");

        // pasted lines with a wrong row: the good one saved, the box left with the header and the
        // wrong row, which the table names by its line in the box (2), not in the paste (3)
        page.getByLabel("…or paste the lines")
                .fill("title,kind,team,start,due\n"
                        + "Budget templates,feature,Design,2027-01-04,2027-02-26\n"
                        + "Payroll export,feature,Finance,2027-01-04,2027-01-08\n");
        page.getByLabel("Save the good rows even if some are wrong").check();
        button("Import").click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText("Proposed 1 initiative. 1 wrong row was left out: see below.");
        Locator left = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Rows that are wrong"))
                .locator("tbody tr td")
                .first();
        assertThat(left).hasText("2");
        assertThat(page.getByLabel("…or paste the lines"))
                .hasValue("title,kind,team,start,due\nPayroll export,feature,Finance,2027-01-04,2027-01-08\n");

        // pasted lines that are all good: on to the list, which has them
        page.getByLabel("…or paste the lines")
                .fill("title,kind,team,start,due\nSavings goals launch,campaign,Design,2027-03-01,2027-03-31\n");
        button("Import").click();
        page.waitForURL("**/w/" + slug + "/initiatives");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Proposed 1 initiative.");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Onboarding checklist");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Savings goals launch");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Budget templates");
        Assertions.assertThat(admin().get(base + "/initiatives")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isEqualTo(3);
    }
}
