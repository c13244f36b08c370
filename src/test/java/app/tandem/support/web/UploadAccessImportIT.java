package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemIT;
import app.tandem.WebSession;
import jakarta.servlet.ServletContext;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A multipart import is refused before its body is parsed when its sender may not import: signed
 * out, in no workspace, or a viewer. Each request announces 8 MB, sends the start of a file part
 * and waits: a server that parsed the body first would spool the part to disk and wait for the
 * rest, answering nothing; Tandem answers at once and nothing is spooled.
 */
class UploadAccessImportIT extends TandemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long ANNOUNCED = 8L * 1024 * 1024;
    private static final String BOUNDARY = "----tandem-upload-access";

    @Autowired
    ServletContext servletContext;

    private String slug;

    @BeforeEach
    void workspace() {
        slug = "upload-access-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Upload access\",\"slug\":\"" + slug + "\"}");
    }

    @Test
    void aSignedOutClientsApiUploadIsRefusedWith401AndNothingSpooled() throws IOException {
        Answer answer = upload("/api/v1/workspaces/" + slug + "/insights/import", List.of());
        assertThat(answer.status()).as(answer.text()).isEqualTo(401);
        assertThat(answer.problem().path("status").asInt()).isEqualTo(401);
        assertThat(answer.spooled()).isEmpty();
    }

    @Test
    void anApiUploadByAPersonInNoWorkspaceIsRefusedWith404AndNothingSpooled() throws IOException {
        Person outsider = newPerson("Otto Outsider");
        String token = bearer(outsider);
        Answer insights = upload("/api/v1/workspaces/" + slug + "/insights/import", List.of(token));
        assertThat(insights.status()).as(insights.text()).isEqualTo(404);
        assertThat(insights.problem().path("status").asInt()).isEqualTo(404);
        assertThat(insights.spooled()).isEmpty();

        Answer kpis = upload("/api/v1/workspaces/" + slug + "/kpis/measurements/import", List.of(token));
        assertThat(kpis.status()).as(kpis.text()).isEqualTo(404);
        assertThat(kpis.spooled()).isEmpty();
    }

    @Test
    void anApiUploadByAViewerIsRefusedWith403AndNothingSpooled() throws IOException {
        Person viewer = viewer();
        Answer insights = upload("/api/v1/workspaces/" + slug + "/insights/import", List.of(bearer(viewer)));
        assertThat(insights.status()).as(insights.text()).isEqualTo(403);
        assertThat(insights.problem().path("detail").asString()).contains("Viewers");
        assertThat(insights.spooled()).isEmpty();

        Answer kpis = upload("/api/v1/workspaces/" + slug + "/kpis/measurements/import", List.of(bearer(viewer)));
        assertThat(kpis.status()).as(kpis.text()).isEqualTo(403);
        assertThat(kpis.spooled()).isEmpty();
    }

    @Test
    void aSignedOutBrowserUploadIsRefusedBeforeTheCsrfCheckReadsTheBody() throws IOException {
        Answer insights = upload("/w/" + slug + "/insights/import", List.of("Accept: text/html"));
        assertThat(insights.status()).as(insights.text()).isEqualTo(403);
        assertThat(insights.spooled()).isEmpty();

        Answer kpis = upload("/w/" + slug + "/kpis/import", List.of("Accept: text/html"));
        assertThat(kpis.status()).as(kpis.text()).isEqualTo(403);
        assertThat(kpis.spooled()).isEmpty();
    }

    @Test
    void aBrowserUploadByAPersonInNoWorkspaceOrAViewerIsRefusedAndNothingSpooled() throws IOException {
        WebSession outsider = signedIn(newPerson("Olga Outsider"));
        Answer notMember = upload(
                "/w/" + slug + "/insights/import",
                List.of("Accept: text/html", "Cookie: " + outsider.cookieHeader(), "X-CSRF-TOKEN: " + outsider.csrf()));
        assertThat(notMember.status()).as(notMember.text()).isEqualTo(404);
        assertThat(notMember.spooled()).isEmpty();

        WebSession viewer = signedIn(viewer());
        for (String page : List.of("kpis/import", "kpis/definitions/import", "initiatives/import")) {
            Answer refused = upload(
                    "/w/" + slug + "/" + page,
                    List.of("Accept: text/html", "Cookie: " + viewer.cookieHeader(), "X-CSRF-TOKEN: " + viewer.csrf()));
            assertThat(refused.status()).as(page + ": " + refused.text()).isEqualTo(403);
            assertThat(refused.spooled()).as(page).isEmpty();
        }
    }

    @Test
    void aBrowserUploadWithItsTokenInTheUrlIsRefused() {
        // in a URL the token would land in access logs and history: never read from there
        WebSession admin = signedInAdmin();
        WebSession.Page inUrl = admin.upload(
                "/w/" + slug + "/insights/import?_csrf=" + admin.csrf(),
                "file",
                "notes.csv",
                "title,text\nSlow export,It takes minutes\n",
                WebSession.TokenIn.NONE);
        assertThat(inUrl.status()).isEqualTo(403);
    }

    @Test
    void aFormSentWithoutJavaScriptCarriesItsTokenInItsBodyAndIsRead() {
        WebSession admin = signedInAdmin();
        WebSession.Page mapping = admin.upload(
                "/w/" + slug + "/insights/import",
                "file",
                "notes.csv",
                "title,text\nSlow export,It takes minutes\n",
                WebSession.TokenIn.FORM);
        assertThat(mapping.status()).as(mapping.html()).isEqualTo(200);
        assertThat(mapping.html()).contains("Map the columns of notes.csv");

        WebSession.Page forged = admin.upload(
                "/w/" + slug + "/insights/import",
                "file",
                "notes.csv",
                "title,text\nSlow export,It takes minutes\n",
                WebSession.TokenIn.NONE);
        assertThat(forged.status()).as("no token at all").isEqualTo(403);

        // the KPI and measurement import pages, too, with only the file and the token: on to the next page
        WebSession.Page measured = admin.upload(
                "/w/" + slug + "/kpis/import",
                "file",
                "values.csv",
                "kpi,date,value\nNo such KPI,2026-02-01,11\n",
                WebSession.TokenIn.FORM);
        assertThat(measured.status()).as(measured.html()).isEqualTo(200);
        assertThat(measured.html()).contains("Nothing was saved");
        WebSession.Page defined = admin.upload(
                "/w/" + slug + "/kpis/definitions/import",
                "file",
                "metrics.csv",
                "name,unit,direction,baseline,baseline date,target,target date\n"
                        + "Trial to paid,percent,higher is better,9,2026-01-01,12,2026-12-31\n",
                WebSession.TokenIn.FORM);
        assertThat(defined.status()).as(defined.html()).isEqualTo(302);
        assertThat(admin().get("/api/v1/workspaces/" + slug + "/kpis")
                        .json()
                        .path("totalItems")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aBodyTokenOfAPersonInNoWorkspaceOrAViewerIsNotReadAndNothingSpooled() throws IOException {
        // their body is never parsed for its token: refused at once while the rest of 8 MB is owed
        WebSession outsider = signedIn(newPerson("Otto Outsider"));
        Answer notMember = upload(
                "/w/" + slug + "/insights/import",
                List.of("Accept: text/html", "Cookie: " + outsider.cookieHeader()),
                tokenPart(outsider.csrf()));
        assertThat(notMember.status()).as(notMember.text()).isEqualTo(403);
        assertThat(notMember.spooled()).isEmpty();

        WebSession viewer = signedIn(viewer());
        Answer kpis = upload(
                "/w/" + slug + "/kpis/import",
                List.of("Accept: text/html", "Cookie: " + viewer.cookieHeader()),
                tokenPart(viewer.csrf()));
        assertThat(kpis.status()).as(kpis.text()).isEqualTo(403);
        assertThat(kpis.spooled()).isEmpty();
    }

    private static String tokenPart(String csrf) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n";
    }

    private Person viewer() {
        Person viewer = newPerson("Vera Viewer");
        admin().post(
                        "/api/v1/workspaces/" + slug + "/members",
                        "{\"email\":\"" + viewer.email() + "\",\"role\":\"VIEWER\"}");
        return viewer;
    }

    private WebSession signedInAdmin() {
        WebSession session = new WebSession(baseUrl());
        session.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        session.get("/account/tokens"); // a page with a form: its CSRF token
        return session;
    }

    private WebSession signedIn(Person person) {
        WebSession session = new WebSession(baseUrl());
        session.login(person.email(), person.password());
        session.get("/account/tokens"); // a page with a form: its CSRF token
        return session;
    }

    /** The person's API token, read back from the API client the test base made. */
    private static String bearer(Person person) {
        return "Authorization: Bearer " + person.api().token();
    }

    /** An answer, and the multipart files the container held while it was given. */
    record Answer(int status, String text, List<Path> spooled) {
        JsonNode problem() {
            assertThat(text).contains("application/problem+json");
            String body = text.substring(text.indexOf("\r\n\r\n") + 4).strip();
            // a chunked body: its chunks' sizes and the last chunk's end left out
            return JSON.readTree(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1));
        }
    }

    /**
     * Announces {@link #ANNOUNCED} bytes of multipart body, sends the start of a file part (64 KB)
     * and reads the answer while the rest is still owed; then lists the spooled parts.
     */
    private Answer upload(String path, List<String> headers) throws IOException {
        return upload(path, headers, "");
    }

    /** The same, with {@code firstParts} (whole parts, each ending in CRLF) before the file part. */
    private Answer upload(String path, List<String> headers, String firstParts) throws IOException {
        List<Path> before = spooled();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\n")
                    .append("Host: localhost:")
                    .append(port)
                    .append("\r\n")
                    .append("Content-Type: multipart/form-data; boundary=")
                    .append(BOUNDARY)
                    .append("\r\n")
                    .append("Content-Length: ")
                    .append(ANNOUNCED)
                    .append("\r\n");
            headers.forEach(header -> head.append(header).append("\r\n"));
            head.append("\r\n")
                    .append(firstParts)
                    .append("--")
                    .append(BOUNDARY)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n")
                    .append("Content-Type: text/csv\r\n\r\n")
                    .append("title,text\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            byte[] rows =
                    "Row,padding padding padding padding padding\n".repeat(1500).getBytes(StandardCharsets.UTF_8);
            out.write(rows);
            out.flush();
            String text;
            try {
                text = read(socket.getInputStream());
            } catch (SocketTimeoutException e) {
                List<Path> held = new ArrayList<>(spooled());
                held.removeAll(before);
                throw new AssertionError("No answer while the body was still owed; spooled meanwhile: " + held, e);
            }
            List<Path> held = new ArrayList<>(spooled());
            held.removeAll(before);
            int status = Integer.parseInt(text.split("\r\n", 2)[0].split(" ")[1]);
            return new Answer(status, text, held);
        }
    }

    /** The parts the container holds on disk: Tomcat spools them in the context's temporary folder. */
    private List<Path> spooled() throws IOException {
        File folder = (File) servletContext.getAttribute(ServletContext.TEMPDIR);
        if (folder == null || !folder.isDirectory()) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder.toPath())) {
            return files.filter(file -> file.getFileName().toString().startsWith("upload_"))
                    .toList();
        }
    }

    /** The status line, the headers and the body, as far as its length or last chunk says. */
    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            received.write(buffer, 0, n);
            String text = received.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                continue;
            }
            String headers = text.substring(0, end).toLowerCase();
            int at = headers.indexOf("content-length:");
            if (at >= 0) {
                long length = Long.parseLong(
                        headers.substring(at + 15).split("\r\n")[0].strip());
                if (text.getBytes(StandardCharsets.UTF_8).length - end - 4 >= length) {
                    break;
                }
            } else if (text.endsWith("0\r\n\r\n")) {
                break;
            }
        }
        return received.toString(StandardCharsets.UTF_8);
    }
}
