package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import org.junit.jupiter.api.Test;

/** The type of every problem the API answers leads to a page saying what it means and what to do. */
class ProblemTypePagesIT extends TandemIT {

    @Test
    void aProblemsTypeIsAPageThatSaysWhatItMeans() {
        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);

        // a refusal's type, as a client would follow it
        Api.Response refused = admin().get("/api/v1/workspaces/no-such-workspace-here/goals");
        assertThat(refused.status()).isEqualTo(404);
        String type = refused.json().path("type").asString();
        assertThat(type).isEqualTo("/problems/workspace-not-found");
        WebSession.Page page = browser.get(type);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html())
                .contains("<code>workspace-not-found</code>")
                .contains("404 Not found")
                .contains("you are not a member of it");

        WebSession.Page stale = browser.get("/problems/concurrent-change");
        assertThat(stale.html()).contains("409 Conflict").contains("currentVersion");
        // one Spring answers itself
        assertThat(browser.get("/problems/method-not-allowed").html()).contains("405");

        WebSession.Page list = browser.get("/problems");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html())
                .contains("href=\"/problems/token-scope-exceeded\"")
                .contains("href=\"/problems/invalid-request\"");

        WebSession.Page none = browser.get("/problems/no-such-problem");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.html()).contains("Tandem answers no problem of the type");
        assertThat(browser.get("/problems/%3Cscript%3E").html()).doesNotContain("<script>");
    }

    @Test
    void thePagesAreForWhomTheApiDocumentationIs() {
        // by default, people who signed in (tandem.operations.public-api-docs opens them to anyone)
        WebSession anonymous = new WebSession(baseUrl());
        WebSession.Page page = anonymous.get("/problems/concurrent-change");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }
}
