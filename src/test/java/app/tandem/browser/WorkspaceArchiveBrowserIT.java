package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.DataDirectory;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A workspace admin downloads the workspace from its settings; an instance admin imports that
 * archive under another address from the workspace list, after the page named what was wrong beside
 * each field (no file chosen, an address already taken) and kept what was typed.
 */
class WorkspaceArchiveBrowserIT extends BrowserIT {

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setAcceptDownloads(true);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }

    @Test
    void anAdminDownloadsAWorkspaceAndAnInstanceAdminImportsItUnderAnotherAddress() {
        String slug = "moving-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Moving\",\"slug\":\"" + slug + "\"}");
        admin().post(
                        "/api/v1/workspaces/" + slug + "/insights",
                        "{\"title\":\"Movers lose the receipts\",\"body\":\"Seen in three interviews\",\"sourceType\":\"INTERVIEW\"}");
        signIn();

        page.navigate(baseUrl() + "/w/" + slug + "/settings");
        Download download =
                page.waitForDownload(() -> link("Download this workspace").click());
        Assertions.assertThat(download.suggestedFilename())
                .startsWith(slug + "-workspace-")
                .endsWith(".zip");
        Path archive = DataDirectory.create("browser-archive-").resolve("archive.zip");
        download.saveAs(archive);

        page.navigate(baseUrl() + "/workspaces");
        link("Import a workspace").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Import a workspace");

        // nothing chosen: said beside the file field
        page.getByLabel("Address (slug)").fill(slug + "-moved");
        button("Import").click();
        assertThat(page.locator("#w-file-error")).containsText("Choose the archive");
        assertThat(page.getByLabel("Address (slug)")).hasValue(slug + "-moved");

        // an address already taken: said beside it, with what was typed kept
        page.getByLabel("Workspace archive (.zip)").setInputFiles(archive);
        page.getByLabel("Address (slug)").fill(slug);
        page.getByLabel("Name").fill("Moved here");
        button("Import").click();
        assertThat(page.locator("#w-slug-error")).containsText("already a workspace " + slug);
        assertThat(page.getByLabel("Name")).hasValue("Moved here");
        screenshot("workspace-import-error");

        page.getByLabel("Workspace archive (.zip)").setInputFiles(archive);
        page.getByLabel("Address (slug)").fill(slug + "-moved");
        button("Import").click();
        assertThat(page).hasURL(Pattern.compile(".*/w/" + slug + "-moved$"));
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Imported Moved here");
        screenshot("workspace-imported");

        page.navigate(baseUrl() + "/w/" + slug + "-moved/insights");
        assertThat(page.locator("main")).containsText("Movers lose the receipts");
    }
}
