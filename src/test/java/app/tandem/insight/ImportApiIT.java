package app.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.WebSession;
import app.tandem.support.UploadedText;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ImportApiIT extends TandemIT {

    private static final String TICKETS = """
            id,subject,description,created_at,tags,requester
            ZD-1,"What does envelope allocation mean?","I set up my budget but the word ""envelope"" confuses me",2026-10-01T09:12:00Z,"jargon, onboarding",ana@example.com
            ZD-2,Bank sync stopped,No transactions since Monday,2026-10-02,bank-sync,ben@example.com
            ZD-3,Export for my accountant,"Can I get a CSV?
            My accountant asks for one",2026-10-03,export,cleo@example.com
            """;

    private String slug;
    private String base;
    private long support;

    @BeforeEach
    void workspace() {
        slug = "import-" + unique();
        base = "/api/v1/workspaces/" + slug + "/insights";
        admin().post("/api/v1/workspaces", "{\"name\":\"Import\",\"slug\":\"" + slug + "\"}");
        support = admin().post("/api/v1/workspaces/" + slug + "/teams", "{\"name\":\"Support\"}")
                .json()
                .path("id")
                .asLong();
    }

    /** The title of the first insight the workspace lists with {@code tag}. */
    private String firstTitleTagged(String tag) {
        return firstTagged(tag).path("title").asString();
    }

    /** The title of the first insight a search for {@code words} finds (all of them for none). */
    private String firstTitleFound(String words) {
        return firstFound(words).path("title").asString();
    }

    /** The first insight a search for {@code words} finds (all of them for none). */
    private JsonNode firstFound(String words) {
        return admin().get(base + (words.isEmpty() ? "" : "?q=" + words))
                .json()
                .path("items")
                .get(0)
                .path("insight");
    }

    /** The first insight the search finds with {@code tag}. */
    private JsonNode firstTagged(String tag) {
        return admin().get(base + "?tag=" + tag).json().path("items").get(0).path("insight");
    }

    private Api.Response upload(String query, String contentType, String body) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(baseUrl() + base + "/import" + query))
                                    .header("Authorization", "Bearer " + ADMIN_TOKEN)
                                    .header("Content-Type", contentType)
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank()
                    ? JsonMapper.builder().build().missingNode()
                    : JsonMapper.builder().build().readTree(response.body());
            return new Api.Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    json);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importsASupportTicketExportRecognisingItsColumnsAndSkipsItOnReimport() {
        Api.Response report = upload("?sourceType=SUPPORT_TICKET&team=" + support, "text/csv", TICKETS);
        assertThat(report.status()).as(report.text()).isEqualTo(200);
        assertThat(report.json().path("imported").asInt()).isEqualTo(3);
        assertThat(report.json().path("duplicates").asInt()).isZero();

        Api.Response found = admin().get(base + "?q=envelope");
        assertThat(found.json().path("totalItems").asInt()).isEqualTo(1);
        JsonNode insight = found.json().path("items").get(0).path("insight");
        assertThat(insight.path("externalRef").asString()).isEqualTo("ZD-1");
        assertThat(insight.path("sourceType").asString()).isEqualTo("SUPPORT_TICKET");
        assertThat(insight.path("teamId").asLong()).isEqualTo(support);
        assertThat(insight.path("observedOn").asString()).isEqualTo("2026-10-01");
        assertThat(insight.path("body").asString()).contains("\"envelope\"").contains("Requester: ana@example.com");
        assertThat(insight.path("tags").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("jargon", "onboarding");
        assertThat(firstFound("accountant").path("body").asString()).contains("My accountant asks for one");

        Api.Response again = upload("?sourceType=SUPPORT_TICKET", "text/csv", TICKETS);
        assertThat(again.json().path("imported").asInt()).isZero();
        assertThat(again.json().path("duplicates").asInt()).isEqualTo(3);
        assertThat(admin().get(base).json().path("totalItems").asInt()).isEqualTo(3);
    }

    /** U+0000 in a cell (PostgreSQL cannot store it): an error on its line, and nothing saved. */
    @Test
    void aCellWithTheNulCharacterIsAnErrorOnItsLineAndNothingIsSaved() {
        String csv = "subject,created_at\nGood one,2026-10-01\nBro\u0000ken,2026-10-01\n";
        Api.Response refused = upload("", "text/csv", csv);
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("line").asInt() + ":" + e.path("field").asString() + ":"
                                + e.path("message").asString()))
                .singleElement()
                .asString()
                .startsWith("3:subject:")
                .contains("NUL character");
        assertThat(admin().get(base).json().path("totalItems").asInt())
                .as("nothing half-applied")
                .isZero();
    }

    @Test
    void anEmptyFileIsSaidToBeEmpty() {
        Api.Response empty = upload("", "text/csv", "");
        assertThat(empty.status()).as(empty.text()).isEqualTo(400);
        assertThat(empty.json().path("detail").asString())
                .isEqualTo("The file is empty: it holds no header row and no insights.");
    }

    @Test
    void reportsEveryBadRowByLineAndFieldAndImportsNothingUnlessAskedForTheGoodRows() {
        String csv = """
                subject,created_at,team,sentiment,source_type
                Good one,2026-10-01,Support,1,Interview
                ,2026-10-01,Support,0,Interview
                Bad date,the first of October,Support,0,Interview
                Bad team,2026-10-01,Finance,0,Interview
                Bad sentiment,2026-10-01,Support,7,Interview
                Bad source,2026-10-01,Support,0,Rumour
                """;
        Api.Response refused = upload("", "text/csv", csv);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("badRows").asInt()).isEqualTo(5);
        assertThat(refused.json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("line").asInt() + ":" + e.path("field").asString()))
                .containsExactly("3:title", "4:observedOn", "5:team", "6:sentiment", "7:sourceType");
        assertThat(admin().get(base).json().path("totalItems").asInt())
                .as("nothing half-applied")
                .isZero();

        Api.Response unknownMode = upload("?mode=some-rows", "text/csv", csv);
        assertThat(unknownMode.status()).isEqualTo(400);
        assertThat(unknownMode.json().path("field").asString()).isEqualTo("mode");
        assertThat(unknownMode.json().path("detail").asString()).contains("all-or-nothing", "good-rows");

        Api.Response good = upload("?mode=good-rows", "text/csv", csv);
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.json().path("imported").asInt()).isEqualTo(1);
        assertThat(good.json().path("badRows").asInt()).isEqualTo(5);
        assertThat(firstTitleFound("")).isEqualTo("Good one");

        Api.Response again = upload("?mode=GOOD_ROWS", "text/csv", csv);
        assertThat(again.status())
                .as("the enum's name is accepted as well as the documented spelling")
                .isEqualTo(200);
        assertThat(again.json().path("duplicates").asInt()).isEqualTo(1);
    }

    @Test
    void importsAJsonArrayAndFollowsAnExplicitMapping() {
        String json = """
                [ {"headline": "Users want dark mode", "remarks": "Many asks", "labels": ["ui", "night"], "when": "2026-09-30"},
                  {"headline": "Export please", "remarks": "For taxes", "labels": [], "when": "2026-09-29"} ]
                """;
        Api.Response noTitle = upload("", "application/json", json);
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.field()).isEqualTo("mapping");
        assertThat(noTitle.json().path("detail").asString())
                .startsWith("No column gives the title or the text.")
                .contains("headline, remarks, labels, when");
        Api.Response wrongColumn = upload("?map.title=heading", "application/json", json);
        assertThat(wrongColumn.field()).isEqualTo("map.title");
        assertThat(wrongColumn.json().path("detail").asString())
                .isEqualTo("The file has no column 'heading'. Its columns: headline, remarks, labels, when.");
        assertThat(upload("?map.colour=headline", "application/json", json).field())
                .isEqualTo("map.colour");

        Api.Response mapped = upload(
                "?map.title=headline&map.body=remarks&map.tags=labels&map.observedOn=when", "application/json", json);
        assertThat(mapped.status()).as(mapped.text()).isEqualTo(200);
        assertThat(mapped.json().path("imported").asInt()).isEqualTo(2);
        assertThat(firstTitleTagged("night")).isEqualTo("Users want dark mode");

        Api.Response notJson = upload("", "application/json", "\"not records\"");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.field()).isEqualTo("file");
        Api.Response empty = upload("", "application/json", "[]");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("detail").asString()).isEqualTo("The file holds no records: its list is empty.");
    }

    /**
     * A tool's API output (Zendesk's tickets) nests objects in fields no column reads: they are left
     * out as unknown CSV columns are, where the whole file was refused before. A row of empty cells,
     * which Excel writes for a cleared row, is skipped like a blank line.
     */
    @Test
    void importsAToolsJsonWithNestedObjectsAndSkipsARowOfEmptyCells() {
        String json = """
                [ {"id": 35436, "subject": "Help, my printer is on fire", "description": "The fire is spreading",
                   "created_at": "2026-07-20T22:55:29Z", "tags": ["printer", "fire"],
                   "via": {"channel": "web", "source": {"from": {}, "to": {}}}, "custom_fields": [{"id": 27642, "value": "745"}]} ]
                """;
        Api.Response nested = upload("?sourceType=SUPPORT_TICKET", "application/json", json);
        assertThat(nested.status()).as(nested.text()).isEqualTo(200);
        assertThat(nested.json().path("imported").asInt()).isEqualTo(1);
        assertThat(firstTitleTagged("printer")).isEqualTo("Help, my printer is on fire");

        // Intercom's conversations: the subject, text and tags inside nested objects are found and
        // read as text, never as the objects' JSON
        String intercom = """
                [ {"type": "conversation", "id": "1911149811", "title": null, "created_at": 1784626200,
                   "source": {"type": "conversation", "subject": "Cannot find the export",
                              "body": "<p>Where is <b>export</b>?</p>", "author": {"type": "user", "id": "5"}},
                   "tags": {"type": "tag.list", "tags": [{"type": "tag", "name": "intercom-export"}]}} ]
                """;
        Api.Response conversation = upload("?sourceType=SUPPORT_TICKET", "application/json", intercom);
        assertThat(conversation.status()).as(conversation.text()).isEqualTo(200);
        assertThat(conversation.json().path("imported").asInt()).isEqualTo(1);
        JsonNode found = firstTagged("intercom-export");
        assertThat(found.path("title").asString()).isEqualTo("Cannot find the export");
        assertThat(found.path("body").asString()).isEqualTo("Where is export?");
        assertThat(found.path("observedOn").asString())
                .as("Unix time, its day in UTC")
                .isEqualTo("2026-07-21");

        String csv =
                "subject,created_at,tags\r\nFirst row,2026-10-01,cleared\r\n,,\r\nThird row,2026-10-02,cleared\r\n";
        Api.Response cleared = upload("?sourceType=SURVEY", "text/csv", csv);
        assertThat(cleared.status()).as(cleared.text()).isEqualTo(200);
        assertThat(cleared.json().path("imported").asInt()).isEqualTo(2);
    }

    /**
     * Zendesk's ticket export writes a ticket's tags with a space between them; other files' tags may
     * hold spaces ("bank sync"), and keep them.
     */
    @Test
    void readsAZendeskExportsTagsSeparatedBySpaces() {
        String csv = "Id,Requester,Requester domain,Subject,Tags,Status,Via,Ticket type,Created at\n"
                + "5120,Ana Ruiz,example.com,Refund for the yearly plan,billing refund yearly_plan,open,Mail,question,"
                + "2026-11-30 09:12\n";
        Api.Response imported = upload("?sourceType=SUPPORT_TICKET", "text/csv", csv);
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        JsonNode insight = firstTagged("refund");
        assertThat(insight.path("title").asString()).isEqualTo("Refund for the yearly plan");
        assertThat(insight.path("tags").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("billing", "refund", "yearly_plan");

        String other = "title,tags\nSync breaks at month end,\"bank sync, month end\"\n";
        assertThat(upload("", "text/csv", other).status()).isEqualTo(200);
        assertThat(firstTagged("bank%20sync").path("title").asString()).isEqualTo("Sync breaks at month end");
    }

    /** Freshdesk's full export has the ticket's Subject and, among the contact's fields, a job Title. */
    @Test
    void takesAFreshdeskTicketsSubjectNotItsContactsJobTitle() {
        String csv =
                "\"Ticket ID\",\"Subject\",\"Description\",\"Created time\",\"Tags\",\"Full name\",\"Title\",\"Email\"\r\n"
                        + "\"1042\",\"Bank sync fails for Cr\u00e9dit Agricole\",\"<div>Since <b>yesterday</b>&nbsp;&amp; today</div><div><br></div><div>Ana</div>\",\"2026-11-30 09:12:44\",\"bank-sync\","
                        + "\"Ana Ruiz\",\"Head of Finance\",\"ana@example.com\"\r\n";
        Api.Response imported = upload("?sourceType=SUPPORT_TICKET", "text/csv", csv);
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(firstTitleTagged("bank-sync")).isEqualTo("Bank sync fails for Cr\u00e9dit Agricole");
        assertThat(firstTagged("bank-sync").path("body").asString())
                .as("its HTML description read as text")
                .startsWith("Since yesterday & today\n\nAna");
    }

    /**
     * Survey tools' exports: SurveyMonkey's second header row says what each question's cells hold
     * and is no answer; its "Start Date" dates a response, as Typeform's "Submit Date (UTC)" does.
     */
    @Test
    void readsSurveyMonkeyAndTypeformExportsWithTheirDates() {
        String surveyMonkey = "Respondent ID,Collector ID,Start Date,End Date,What almost made you give up?,Tags\r\n"
                + ",,,,Open-Ended Response,\r\n"
                + "114,4401,11/28/2026 10:02:11 AM,11/28/2026 10:05:40 AM,The bank sync broke twice,survey-nov\r\n";
        Api.Response monkey =
                upload("?sourceType=SURVEY&map.title=What+almost+made+you+give+up%3F", "text/csv", surveyMonkey);
        assertThat(monkey.status()).as(monkey.text()).isEqualTo(200);
        assertThat(monkey.json().path("imported").asInt()).isEqualTo(1);
        assertThat(monkey.json().path("badRows").asInt()).isZero();
        JsonNode answer = firstTagged("survey-nov");
        assertThat(answer.path("title").asString()).isEqualTo("The bank sync broke twice");
        assertThat(answer.path("observedOn").asString()).isEqualTo("2026-11-28");

        String typeform = "#,What should we build next?,Start Date (UTC),Submit Date (UTC),Network ID,Tags\r\n"
                + "abc123,Shared budgets with my partner,2026-11-26 23:59:01,2026-11-27 00:03:12,xyz,typeform-nov\r\n";
        Api.Response form = upload("?sourceType=SURVEY&map.title=What+should+we+build+next%3F", "text/csv", typeform);
        assertThat(form.status()).as(form.text()).isEqualTo(200);
        assertThat(firstTagged("typeform-nov").path("observedOn").asString()).isEqualTo("2026-11-27");
    }

    /** European Excel separates by ; and writes the day first: 03/04/2026 is the 3rd of April there. */
    @Test
    void aFileSeparatedBySemicolonsReadsDatesThatDoNotSayWhichDayFirst() {
        String european = "Subject;Created at;Tags\r\nVirement bloqu\u00e9 depuis lundi;03/04/2026;eu-semicolons\r\n";
        Api.Response imported = upload("?sourceType=SUPPORT_TICKET", "text/csv", european);
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(imported.json().path("dates").asString()).contains("DD-MM-YYYY");
        assertThat(firstTagged("eu-semicolons").path("observedOn").asString()).isEqualTo("2026-04-03");
    }

    @Test
    void theImportPageAnswersAFormWithoutAFileWith400AndSaysWhy() {
        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.get("/w/" + slug + "/insights/import");
        WebSession.Page refused = browser.post("/w/" + slug + "/insights/import", Map.of("file", "tickets.csv"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("id=\"import-file-error\"").contains("multipart/form-data");
    }

    private static final Pattern UPLOAD = Pattern.compile("name=\"upload\" value=\"([^\"]+)\"");

    /** The preview table's row of a line of the file. */
    private static String previewRow(String html, int line) {
        Matcher m = Pattern.compile("<tr>\\s*<td>" + line + "</td>.*?</tr>", Pattern.DOTALL)
                .matcher(html.substring(html.indexOf("id=\"import-preview\"")));
        assertThat(m.find()).as("a preview row for line " + line).isTrue();
        return m.group();
    }

    @Test
    void theMappingPageNamesFieldsForPeopleAndPreviewsTheFirstRowsAsTheyWillBeSaved() {
        String csv = """
                id,subject,description,created_at,tags,evidence
                ZD-1,Where is the savings goal,I cannot find it,2026-10-01T09:12:00Z,"savings-goals, Navigation",PATTERN
                ZD-2,,no subject here,2026-10-02,,
                ZD-3,Bank sync stopped,No transactions,2026-13-01,bank-sync,GUESS
                ZD-4,Export for my accountant,CSV please,2026-10-04,export,
                ZD-5,Dark mode,at night,2026-10-05,dark-mode,
                ZD-6,Sixth row of the file,not in the preview,2026-10-06,,
                """;
        WebSession browser = new WebSession(baseUrl());
        browser.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        browser.get("/w/" + slug + "/insights/import");
        WebSession.Page mapping = browser.upload("/w/" + slug + "/insights/import", "file", "tickets.csv", csv);
        assertThat(mapping.status()).isEqualTo(200);
        String html = mapping.html();
        assertThat(html)
                .contains(">Reference in the source system</label>")
                .contains(">Observed on</label>")
                .contains(">Evidence strength</label>")
                .contains("ANECDOTE, PATTERN or MEASURED. Empty: ANECDOTE.")
                .doesNotContain(">externalRef</label>")
                .doesNotContain(">observedOn</label>");
        assertThat(html).contains("First rows as they will be saved").doesNotContain("Sixth row of the file");
        assertThat(previewRow(html, 2))
                .contains("Where is the savings goal")
                .contains("2026-10-01")
                .contains("savings-goals, navigation")
                .contains("Pattern")
                .contains("ZD-1")
                .contains("Found by team: none");
        // no subject: titled with its text's start
        assertThat(previewRow(html, 3))
                .contains("<strong>no subject here</strong>")
                .doesNotContain("Title:");
        assertThat(previewRow(html, 4))
                .contains("Observed on:")
                .contains("2026-13-01&#39; is no day of the calendar (read as YYYY-MM-DD)")
                .contains("Evidence strength:")
                .contains("is not ANECDOTE, PATTERN or MEASURED.");
        assertThat(admin().get(base).json().path("totalItems").asInt())
                .as("nothing is saved by a preview")
                .isZero();

        Matcher upload = UPLOAD.matcher(html);
        assertThat(upload.find()).isTrue();
        // without JavaScript: the Preview button shows the whole page with the new mapping
        WebSession.Page remapped = browser.post(
                "/w/" + slug + "/insights/import/run",
                Map.of(
                        "upload", upload.group(1),
                        "fileName", "tickets.csv",
                        "action", "preview",
                        "map.title", "description",
                        "map.externalRef", "id",
                        // "(not in the file)", as the page's select sends it: recognised or not, left out
                        "map.observedOn", "",
                        "map.evidenceStrength", "",
                        "team", String.valueOf(support)));
        assertThat(remapped.status()).isEqualTo(200);
        assertThat(previewRow(remapped.html(), 3))
                .contains("no subject here")
                .contains("Support")
                .doesNotContain("Title:");
        assertThat(previewRow(remapped.html(), 4))
                .as("the date is no longer mapped: today, as saving would")
                .contains(LocalDate.now().toString());
        assertThat(remapped.html()).contains("selected=\"selected\">description</option>");

        // htmx asks for the preview alone whenever a choice changes
        WebSession.Page fragment = browser.postHtmx(
                "/w/" + slug + "/insights/import/preview",
                Map.of("upload", upload.group(1), "fileName", "tickets.csv", "map.externalRef", "id", "map.title", ""));
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.html())
                .doesNotContain("<html")
                .contains("id=\"import-preview\"")
                .contains("No column gives the title");
        assertThat(admin().get(base).json().path("totalItems").asInt()).isZero();

        Person outsider = newPerson("Otto Outsider");
        WebSession other = new WebSession(baseUrl());
        other.login(outsider.email(), outsider.password());
        other.get("/workspaces");
        assertThat(other.postHtmx(
                                "/w/" + slug + "/insights/import/preview",
                                Map.of("upload", upload.group(1), "map.title", "subject"))
                        .status())
                .isEqualTo(404);
    }

    /**
     * JSON as tools export it and clients send it (an outside review, December 2026): Zendesk's
     * tickets inside an object, sent with a charset; JSON Lines; a one-line answer whose wrong record
     * is found by its place; store reviews without a title.
     */
    @Test
    void importsJsonAsToolsExportItAndNamesAWrongRecordByItsPlace() {
        // Zendesk: the list is the object's "tickets"; its external_id (another system's, mostly null)
        // is not the reference, the ticket's id is
        String zendesk = """
                {"tickets": [
                   {"id": 35436, "external_id": null, "subject": "Export fails", "description": "It times out",
                    "created_at": "2026-07-20T22:55:29Z", "tags": ["export"]},
                   {"id": 35437, "external_id": "", "subject": "Slow sync", "description": "Takes minutes",
                    "created_at": "2026-07-21T08:00:00Z", "tags": ["sync"]}],
                 "next_page": null, "count": 2}
                """;
        Api.Response tickets = upload("?sourceType=SUPPORT_TICKET", "application/json; charset=utf-8", zendesk);
        assertThat(tickets.status()).as(tickets.text()).isEqualTo(200);
        assertThat(tickets.json().path("imported").asInt()).isEqualTo(2);
        assertThat(firstTagged("export").path("externalRef").asString()).isEqualTo("35436");

        // a JSON Lines file cut short: its last line is that row's error, and the good rows can be saved
        String cut = "{\"subject\": \"Lines one\"}\n{\"subject\": \"Lines two\"}\n{\"id\": 99, \"subject\": \"tru";
        Api.Response refused = upload("", "application/x-ndjson", cut);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(refused.json().path("errors").get(0).path("message").asString())
                .contains("cut short");
        Api.Response saved = upload("?mode=good-rows", "application/x-ndjson", cut);
        assertThat(saved.json().path("imported").asInt()).isEqualTo(2);
        assertThat(saved.json().path("badRows").asInt()).isEqualTo(1);

        // the same records without references, imported before: the same tickets, not new ones
        String lines = "{\"subject\": \"Dark mode\", \"description\": \"At night\"}\n"
                + "{\"subject\": \"Budget alerts\", \"description\": \"Too many\"}\n";
        assertThat(upload("", "application/x-ndjson", lines)
                        .json()
                        .path("imported")
                        .asInt())
                .isEqualTo(2);
        Api.Response again = upload(
                "", "text/csv", "id,subject,description\nZD-9,Dark mode,At night\nZD-10,Budget alerts,Too many\n");
        assertThat(again.json().path("imported").asInt()).isZero();
        assertThat(again.json().path("duplicates").asInt()).isEqualTo(2);
        // and within one file
        Api.Response inOneFile = upload("", "text/csv", "id,subject,description\n,Widgets,Gone\nZD-11,Widgets,Gone\n");
        assertThat(inOneFile.json().path("imported").asInt()).isEqualTo(1);
        assertThat(inOneFile.json().path("duplicates").asInt()).isEqualTo(1);

        // one line, the third record wrong: found by its place, not "line 1" alone
        Api.Response oneLine = upload(
                "",
                "application/json",
                "[{\"subject\":\"a\",\"created_at\":\"2026-07-01\"},{\"subject\":\"b\",\"created_at\":\"2026-07-02\"},"
                        + "{\"subject\":\"c\",\"created_at\":\"not a date\"}]");
        assertThat(oneLine.status()).isEqualTo(400);
        JsonNode error = oneLine.json().path("errors").get(0);
        assertThat(error.path("line").asInt()).isEqualTo(1);
        assertThat(error.path("row").asInt()).isEqualTo(3);

        // Google Play's reviews have no title: each is titled with its text's start, and the answer says so
        String reviews = "[{\"reviewId\": \"gp:1\", \"content\": \"The app crashes every time I open the budget"
                + " screen after the last update, please fix it soon\", \"at\": \"2026-07-03\"}]";
        Api.Response play = upload("?map.externalRef=reviewId&map.observedOn=at", "application/json", reviews);
        assertThat(play.status()).as(play.text()).isEqualTo(200);
        assertThat(play.json().path("text").asString())
                .contains("No column gives the title: each insight is titled with the start of its text.");
        assertThat(firstTitleFound("crashes"))
                .isEqualTo("The app crashes every time I open the budget screen after the last update…");

        // a JSON export saved as .txt is read as JSON; text after the list is refused, nothing saved
        assertThat(upload("", "text/plain", "[{\"subject\": \"From a txt\"}]")
                        .json()
                        .path("imported")
                        .asInt())
                .isEqualTo(1);
        Api.Response more = upload("", "application/json", "[{\"subject\": \"x1\"}][{\"subject\": \"x2\"}]");
        assertThat(more.status()).isEqualTo(400);
        assertThat(more.json().path("detail").asString()).contains("There is more after the list's end");
        // Intercom: an email's subject, or else a chat's title
        Api.Response intercom = upload(
                "",
                "application/json",
                "{\"type\": \"conversation.list\", \"conversations\": [{\"id\": \"c2\", \"created_at\": 1700000100,"
                        + " \"title\": \"Chat with title\", \"source\": {\"subject\": \"\", \"body\": \"<p>Hello</p>\"}}]}");
        assertThat(intercom.status()).as(intercom.text()).isEqualTo(200);
        assertThat(firstTitleFound("Hello")).isEqualTo("Chat with title");
        // saving the good rows of a file with none is refused, not "imported 0"
        Api.Response noneGood = upload("?mode=good-rows", "text/csv", "subject,created_at\n,2026-01-01\n");
        assertThat(noneGood.status()).isEqualTo(400);
        assertThat(noneGood.json().path("detail").asString())
                .isEqualTo("1 of 1 rows are wrong; nothing was imported. Fix them.");
        // a title column that is there and empty (Intercom's chats): the answer says which rows were titled so
        Api.Response chats = upload(
                "", "application/json", "[{\"title\": \"\", \"description\": \"Chat about the export button\"}]");
        assertThat(chats.json().path("text").asString())
                .endsWith("1 row has an empty title (column 'title'): it is titled with the start of its text.");
        assertThat(upload("?team=Marketing", "application/json", "[{\"subject\": \"x4\"}]")
                        .text())
                .contains("'Marketing' is not a whole number: give an id.");
        Api.Response kind = upload("?sourceType=survey", "application/json", "[{\"subject\": \"x3\"}]");
        assertThat(kind.field()).isEqualTo("sourceType");
        assertThat(kind.text()).contains("'survey' is not one of").contains("SURVEY");
    }

    @Test
    void aViewerOrAnOutsiderCannotImport() {
        Person outsider = newPerson("Imogen Import");
        assertThat(outsider.api().send("POST", base + "/import", "[]").status()).isEqualTo(404);
    }

    /**
     * The shape of a public support-ticket export as Excel saves it where the decimal mark is a comma:
     * a byte order mark, semicolons, its own column names and dates written day first.
     */
    private static final String EXCEL_TICKETS = "\uFEFF"
            + "Ticket ID;Customer Name;Customer Email;Date of Purchase;Ticket Type;Ticket Subject;Ticket Description\n"
            + "1;Marisa Obrien;carrollallison@example.com;22-03-2021;Technical issue;Product setup;"
            + "\"I'm having an issue with the GoPro Hero; please assist.\"\n"
            + "2;Jessica Rios;clarkeashley@example.com;13-11-2020;Technical issue;Peripheral compatibility;"
            + "The product is not compatible with my printer.\n"
            + "3;Christopher Robbins;gonzalestracy@example.com;01-02-2021;Billing inquiry;Network problem;"
            + "My account was charged twice.\n";

    /**
     * A Jira export saved again by Excel on Windows: Windows-1252, a "Labels" column per label. The
     * letters are read as written and every label is kept; a file that starts as UTF-8 and holds a
     * byte that is not is refused naming the byte's line.
     */
    @Test
    void importsAWindows1252JiraExportWithItsRepeatedLabelColumns() {
        String jira = "Summary,Issue key,Labels,Labels,Labels,Description\r\n"
                + "Caf\u00e9 r\u00e9sum\u00e9 export fails,BUD-7,export,,bank-sync,\"Na\u00efve \u2013 \u20ac12\"\r\n";
        Api.Response report = admin().postBytes(
                        base + "/import?sourceType=SUPPORT_TICKET",
                        "text/csv",
                        jira.getBytes(UploadedText.WINDOWS_1252));
        assertThat(report.status()).as(report.text()).isEqualTo(200);
        assertThat(report.json().path("imported").asInt()).isEqualTo(1);
        JsonNode insight = firstFound("fails");
        assertThat(insight.path("title").asString()).isEqualTo("Caf\u00e9 r\u00e9sum\u00e9 export fails");
        assertThat(insight.path("body").asString()).startsWith("Na\u00efve \u2013 \u20ac12");
        assertThat(insight.path("tags").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("export", "bank-sync");

        byte[] mixed =
                (jira.replace("BUD-7", "BUD-8") + "Plain,BUD-9,,,,Caf\u00e9\r\n").getBytes(StandardCharsets.UTF_8);
        mixed[mixed.length - 4] =
                (byte) 0xE9; // the "\u00e9" of "Caf\u00e9" on line 3 cut to a byte UTF-8 has no letter for
        Api.Response refused = admin().postBytes(base + "/import?sourceType=SUPPORT_TICKET", "text/csv", mixed);
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().path("detail").asString())
                .startsWith("Line 3: The file holds a byte that is not UTF-8 text");
        assertThat(admin().get(base).json().path("totalItems").asInt())
                .as("nothing half-applied")
                .isEqualTo(1);
    }

    /** 04/11/2025 is 4 November or 11 April: with no date in the file to say which, the format is asked for. */
    @Test
    void datesWithSlashesThatCouldBeEitherAskForTheirFormat() {
        String file = "Title,Content,Created date\r\nSync broke,twice,04/11/2025\r\nExport slow,again,05/06/2025\r\n";
        Api.Response asked = upload("", "text/csv", file);
        assertThat(asked.status()).as(asked.text()).isEqualTo(400);
        assertThat(asked.field()).isEqualTo("dateFormat");
        assertThat(asked.json().path("detail").asString()).contains("'04/11/2025' could be either");
        Api.Response chosen = upload("?dateFormat=day-month-year", "text/csv", file);
        assertThat(chosen.status()).as(chosen.text()).isEqualTo(200);
        assertThat(firstFound("twice").path("observedOn").asString()).isEqualTo("2025-11-04");
    }

    /** A ticket's text of several lines makes its row span lines: an error after it names both. */
    @Test
    void anErrorAfterATextOfSeveralLinesNamesTheRowASpreadsheetShows() {
        Api.Response refused =
                upload("", "text/csv", "Subject,Description,Sentiment\nA,\"one\ntwo\nthree\",1\nB,text,9\n");
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        JsonNode error = refused.json().path("errors").get(0);
        assertThat(error.path("line").asInt()).isEqualTo(5);
        assertThat(error.path("row").asInt()).isEqualTo(3);
        assertThat(error.path("field").asString()).isEqualTo("sentiment");
    }

    /**
     * Dovetail's export calls the text "Content"; a file whose text column is not recognised says so,
     * naming the columns no field read, instead of saving titles alone without a word.
     */
    @Test
    void saysWhichColumnGaveTheTextOrThatNoneDid() {
        Api.Response dovetail = upload(
                "", "text/csv", "Title,Content,Participant\nExport is hidden,I looked for export everywhere,P4\n");
        assertThat(dovetail.status()).as(dovetail.text()).isEqualTo(200);
        assertThat(dovetail.json().path("text").asString())
                .isEqualTo("The text of each insight is from the column 'Content'.");
        assertThat(dovetail.json().path("columnsNotRead").valueStream().map(JsonNode::asString))
                .containsExactly("Participant");
        assertThat(firstFound("everywhere").path("body").asString()).isEqualTo("I looked for export everywhere");

        Api.Response workbook = upload("", "text/csv", "PK\u0003\u0004\u0014\u0000[Content_Types].xml");
        assertThat(workbook.status()).as(workbook.text()).isEqualTo(400);
        assertThat(workbook.json().path("detail").asString())
                .isEqualTo("The file is a ZIP archive, not text (an Excel workbook, .xlsx, is one). Save the"
                        + " sheet as \"CSV UTF-8\" and import that.");

        Api.Response untold =
                upload("", "text/csv", "Title,Wortlaut\nSync breaks,Die Bank-Synchronisierung bricht ab\n");
        assertThat(untold.status()).as(untold.text()).isEqualTo(200);
        assertThat(untold.json().path("text").asString())
                .isEqualTo("No column gives the text: each insight has its title alone. Columns no field reads:"
                        + " Wortlaut; map one to the text if it holds it.");
    }

    @Test
    void importsAnExcelSavedTicketExportWithItsOwnColumnNamesAndDayFirstDates() {
        Api.Response undated = upload("?sourceType=SUPPORT_TICKET", "text/csv", EXCEL_TICKETS);
        assertThat(undated.status()).as(undated.text()).isEqualTo(200);
        assertThat(undated.json().path("imported").asInt()).isEqualTo(3);
        assertThat(undated.json().path("dates").asString())
                .as("no column gives the day: the import says what it did")
                .isEqualTo("No column gives the day each insight was observed: each is dated " + LocalDate.now()
                        + ", the day of the import.");
        JsonNode setup = firstFound("GoPro");
        assertThat(setup.path("externalRef").asString()).isEqualTo("1");
        assertThat(setup.path("title").asString()).isEqualTo("Product setup");
        assertThat(setup.path("body").asString())
                .startsWith("I'm having an issue with the GoPro Hero; please assist.")
                .contains("Requester: carrollallison@example.com");

        // the same file again with its purchase date as the day observed: detected as day first
        admin().delete(base + "/" + setup.path("id").asLong());
        Api.Response dated =
                upload("?sourceType=SUPPORT_TICKET&map.observedOn=Date%20of%20Purchase", "text/csv", EXCEL_TICKETS);
        assertThat(dated.status()).as(dated.text()).isEqualTo(200);
        assertThat(dated.json().path("imported").asInt())
                .as("the deleted one again")
                .isEqualTo(1);
        assertThat(dated.json().path("dates").asString())
                .isEqualTo(
                        "Dates were read as DD-MM-YYYY, DD/MM/YYYY or DD.MM.YYYY (13-11-2020), detected from the file.");
        assertThat(firstFound("GoPro").path("observedOn").asString()).isEqualTo("2021-03-22");

        // dates said to be month first cannot be read: every row is reported, nothing imported
        Api.Response refused = upload(
                "?map.observedOn=Date%20of%20Purchase&map.title=Ticket%20Subject&dateFormat=month-day-year",
                "text/csv", EXCEL_TICKETS);
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString())
                .isEqualTo("observedOn");
        assertThat(refused.json().path("errors").get(0).path("line").asInt()).isEqualTo(2);
        assertThat(refused.json().path("errors").get(0).path("message").asString())
                .contains("'22-03-2021' is not a date in the format MM/DD/YYYY");

        Api.Response unknown = upload("?dateFormat=dd.mm.yyyy", "text/csv", EXCEL_TICKETS);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("field").asString()).isEqualTo("dateFormat");
    }

    /**
     * The same file imported twice at the same moment: its rows are imported once. Each import took
     * the other's rows for new ones, and both saved all thirty (an API probe, December 2026); one
     * import saves into a workspace at a time, and the other waits for it and skips them as
     * duplicates (or, after waiting a minute, is refused with 409).
     */
    @Test
    void theSameFileImportedTwiceAtOnceImportsItsRowsOnce() throws Exception {
        StringBuilder csv = new StringBuilder("title,externalRef\n");
        for (int i = 0; i < 30; i++) {
            csv.append("Twice ").append(i).append(",TWICE-").append(i).append('\n');
        }
        java.util.List<Api.Response> answers = atOnce(2, i -> upload("?team=" + support, "text/csv", csv.toString()));
        long imported = 0;
        for (Api.Response answer : answers) {
            assertThat(answer.status()).as(answer.text()).isIn(200, 409);
            imported += answer.status() == 200 ? answer.json().path("imported").asLong() : 0;
        }
        assertThat(imported).as(answers.toString()).isEqualTo(30);
        assertThat(admin().get(base + "?size=100").json().path("totalItems").asInt())
                .isEqualTo(30);
    }
}
