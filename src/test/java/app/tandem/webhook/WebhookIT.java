package app.tandem.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.webhook.WebhookReceiver.Answer;
import app.tandem.webhook.WebhookReceiver.Received;
import app.tandem.webhook.internal.DeliveryQueue;
import app.tandem.webhook.internal.DeliveryQueue.Claimed;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outgoing webhooks end to end: a real HTTP receiver on loopback (the instance allows private
 * targets for these tests, as an instance admin would) gets the deliveries and checks their
 * signatures with the Standard Webhooks library; the retries use the short schedule the tests set
 * ({@code tandem.webhooks.retry-schedule} in {@link TandemIT}).
 */
class WebhookIT extends TandemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    DeliveryQueue queue;

    @Autowired
    WebhookDeliveries deliveries;

    @Autowired
    WebhookPayloads payloads;

    private WebhookReceiver receiver;
    private String slug;
    private String base;

    @BeforeEach
    void workspaceAndReceiver() {
        allowPrivateTargets(true);
        receiver = new WebhookReceiver();
        slug = "hooks-" + unique();
        base = "/api/v1/workspaces/" + slug + "/webhooks";
        assertThat(admin().post("/api/v1/workspaces", "{\"name\":\"Hooks\",\"slug\":\"" + slug + "\"}")
                        .status())
                .isEqualTo(201);
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void anInsightCapturedIsDeliveredSignedAsTheStandardWebhooksLibraryVerifies() throws Exception {
        Api.Response created = subscribe(receiver.url("/hook"), "insight.captured");
        String secret = created.json().path("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(created.json().path("subscription").path("active").asBoolean())
                .isTrue();

        long insightId = admin().post(
                        "/api/v1/workspaces/" + slug + "/insights",
                        "{\"title\":\"Testers cannot find savings goals\",\"sourceType\":\"SURVEY\"}")
                .json()
                .path("id")
                .asLong();

        List<Received> got = receiver.await(1, WAIT);
        assertThat(got).hasSize(1);
        Received delivery = got.getFirst();
        new Webhook(secret).verify(delivery.body(), delivery.headers());
        assertThat(delivery.header("webhook-id")).startsWith("msg_");
        assertThat(Long.parseLong(delivery.header("webhook-timestamp")))
                .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        JsonNode body = JSON.readTree(delivery.body());
        assertThat(body.path("type").asString()).isEqualTo("insight.captured");
        assertThat(body.path("data").path("workspace").asString()).isEqualTo(slug);
        assertThat(body.path("data").path("insightId").asLong()).isEqualTo(insightId);
        // as docs/modules.md says: the insight's title, as the other events carry theirs
        assertThat(body.path("data").path("title").asString()).isEqualTo("Testers cannot find savings goals");
        assertThat(body.path("data").propertyNames()).containsExactly("workspace", "insightId", "title");
        assertThat(Instant.parse(body.path("timestamp").asString())).isBefore(Instant.now());
        assertThatThrownBy(() -> new Webhook("whsec_"
                                + java.util.Base64.getEncoder()
                                        .encodeToString("another secret, 32 bytes long!!!".getBytes()))
                        .verify(delivery.body(), delivery.headers()))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void checkInsScheduledAndDecisionsRecordedAreDeliveredToTheSubscriptionsThatAskForThem() throws Exception {
        subscribe(receiver.url("/meetings"), "check-in.scheduled", "decision.recorded");
        WebhookReceiver other = new WebhookReceiver();
        try {
            subscribe(other.url("/insights-only"), "insight.captured");
            String workspace = "/api/v1/workspaces/" + slug;
            Api.Response cadence = admin().post(
                            workspace + "/check-ins/cadences",
                            "{\"title\":\"Monthly check-in\",\"frequency\":\"MONTHLY\",\"firstDate\":\""
                                    + app.tandem.meeting.rules.CadenceDates.weekdayFrom(
                                            java.time.LocalDate.now().plusDays(3))
                                    + "\",\"startTime\":\"10:00\",\"durationMinutes\":60}");
            assertThat(cadence.status()).as(cadence.text()).isEqualTo(201);
            Api.Response session = admin().post(
                            workspace + "/discovery-sessions",
                            "{\"topic\":\"Lead generation\",\"startsAt\":\"2027-03-01T10:00\",\"endsAt\":"
                                    + "\"2027-03-01T12:00\"}");
            assertThat(session.status()).as(session.text()).isEqualTo(201);
            Api.Response decided = admin().post(
                            workspace + "/discovery-sessions/"
                                    + session.json().path("id").asLong() + "/decisions",
                            "{\"what\":\"Landing page first\",\"why\":\"It needs the IT form\"}");
            assertThat(decided.status()).as(decided.text()).isLessThan(300);

            List<Received> got = receiver.await(7, WAIT);
            List<JsonNode> bodies = new ArrayList<>();
            for (Received r : got) {
                bodies.add(JSON.readTree(r.body()));
            }
            assertThat(bodies.stream().filter(b -> b.path("type").asString().equals("check-in.scheduled")))
                    .hasSize(6)
                    .allSatisfy(b ->
                            assertThat(b.path("data").path("title").asString()).isEqualTo("Monthly check-in"));
            JsonNode decision = bodies.stream()
                    .filter(b -> b.path("type").asString().equals("decision.recorded"))
                    .findFirst()
                    .orElseThrow();
            assertThat(decision.path("data").path("what").asString()).isEqualTo("Landing page first");
            assertThat(decision.path("data").path("sessionTopic").asString()).isEqualTo("Lead generation");
            assertThat(decision.path("data").path("workspace").asString()).isEqualTo(slug);
            assertThat(other.await(1, Duration.ofMillis(1500))).isEmpty();
        } finally {
            other.close();
        }
    }

    @Test
    void aFailedDeliveryIsTriedAgainWithTheSameWebhookIdAndTheLogShowsBothAttempts() {
        long id = subscribe(receiver.url("/flaky"), "initiative.committed")
                .json()
                .path("subscription")
                .path("id")
                .asLong();
        receiver.answer(new Answer(500, null, null, "boom"));

        String eventId = sendTest(id);

        List<Received> got = receiver.await(2, WAIT);
        assertThat(got).hasSize(2);
        assertThat(got).allSatisfy(r -> assertThat(r.header("webhook-id")).isEqualTo(eventId));
        JsonNode log = awaitLog(id, 2);
        assertThat(log.path("totalItems").asLong()).isEqualTo(2);
        JsonNode latest = log.path("items").get(0);
        JsonNode first = log.path("items").get(1);
        assertThat(first.path("outcome").asString()).isEqualTo("RETRYING");
        assertThat(first.path("statusCode").asInt()).isEqualTo(500);
        assertThat(first.path("responseExcerpt").asString()).isEqualTo("boom");
        assertThat(latest.path("outcome").asString()).isEqualTo("DELIVERED");
        assertThat(latest.path("statusCode").asInt()).isEqualTo(200);
        assertThat(latest.path("deliveryState").asString()).isEqualTo("DELIVERED");
        assertThat(latest.path("eventType").asString()).isEqualTo("webhook.test");

        // delivered again on request: the same webhook-id, once more
        long deliveryId = latest.path("deliveryId").asLong();
        assertThat(admin().post(base + "/" + id + "/deliveries/" + deliveryId + "/redeliver", "")
                        .status())
                .isEqualTo(202);
        assertThat(receiver.await(3, WAIT)).hasSize(3);
        assertThat(receiver.received(eventId)).hasSize(3);
    }

    @Test
    void aDeliveryThatKeepsFailingFailsAfterTheLastAttemptOfTheSchedule() {
        long id = subscribe(receiver.url("/down"), "insight.captured")
                .json()
                .path("subscription")
                .path("id")
                .asLong();
        for (int i = 0; i < 8; i++) {
            receiver.answer(new Answer(503, null, null, "down"));
        }
        sendTest(id);
        // the eighth attempt is logged, then its delivery is marked failed: wait for both
        JsonNode log = awaitJson(
                () -> admin().get(base + "/" + id + "/deliveries").json(),
                l -> l.path("totalItems").asLong() >= 8
                        && l.path("items")
                                .get(0)
                                .path("deliveryState")
                                .asString()
                                .equals("FAILED"));
        assertThat(log.path("totalItems").asLong()).isEqualTo(8);
        assertThat(log.path("items").get(0).path("outcome").asString()).isEqualTo("FAILED");
        assertThat(log.path("items").get(0).path("deliveryState").asString()).isEqualTo("FAILED");
        assertThat(receiver.await(9, Duration.ofSeconds(1))).hasSize(8);
    }

    @Test
    void anEndpointAnswering410IsSwitchedOffAndShownAsSuch() {
        long id = subscribe(receiver.url("/gone"), "insight.captured")
                .json()
                .path("subscription")
                .path("id")
                .asLong();
        receiver.answer(new Answer(410, null, null, "gone"));
        sendTest(id);
        assertThat(receiver.await(1, WAIT)).hasSize(1);

        JsonNode subscription = awaitJson(
                () -> admin().get(base + "/" + id).json(),
                s -> !s.path("active").asBoolean());
        assertThat(subscription.path("active").asBoolean()).isFalse();
        assertThat(subscription.path("disabledReason").asString()).contains("410");
        // when, as a person reads it ("7 Dec 2026, 00:11 UTC"), not the instant's ISO text with its nanoseconds
        assertThat(subscription.path("disabledReason").asString())
                .matches(".*on \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} UTC;.*")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
        Api.Response again = admin().post(base + "/" + id + "/test", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(receiver.await(2, Duration.ofMillis(1500))).hasSize(1);
    }

    @Test
    void a429sRetryAfterIsHonouredBeforeTheNextAttempt() {
        long id = subscribe(receiver.url("/busy"), "insight.captured")
                .json()
                .path("subscription")
                .path("id")
                .asLong();
        receiver.answer(new Answer(429, "Retry-After", "2", "slow down"));
        sendTest(id);
        List<Received> got = receiver.await(2, WAIT);
        assertThat(got).hasSize(2);
        // the schedule alone would try again after 300 ms
        assertThat(Duration.between(got.get(0).at(), got.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void afterARotationBothSecretsSignUntilTheOverlapEnds() throws Exception {
        Api.Response created = subscribe(receiver.url("/rotated"), "insight.captured");
        String old = created.json().path("secret").asString();
        long id = created.json().path("subscription").path("id").asLong();

        Api.Response rotated = admin().post(base + "/" + id + "/rotate-secret", "");
        assertThat(rotated.status()).isEqualTo(200);
        String fresh = rotated.json().path("secret").asString();
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
        Instant until =
                Instant.parse(rotated.json().path("previousSecretValidUntil").asString());
        assertThat(until)
                .isBetween(
                        Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));
        assertThat(admin().get(base + "/" + id).json().has("secret")).isFalse();

        sendTest(id);
        Received delivery = receiver.await(1, WAIT).getFirst();
        assertThat(delivery.header("webhook-signature").split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        new Webhook(fresh).verify(delivery.body(), delivery.headers());
        new Webhook(old).verify(delivery.body(), delivery.headers());
    }

    @Test
    void privateAndUnresolvableTargetsAreRefusedNamingTheUrlAndCheckedAgainAtDelivery() {
        long id = subscribe(receiver.url("/later-private"), "insight.captured")
                .json()
                .path("subscription")
                .path("id")
                .asLong();
        Person someone = newPerson("Sam Someone");
        assertThat(someone.api()
                        .send("PUT", "/api/v1/admin/webhook-settings", "{\"allowPrivateTargets\":true}")
                        .status())
                .isEqualTo(403);
        // a yes/no is true or false: not 1, and only as JSON
        Api.Response number = admin().send("PUT", "/api/v1/admin/webhook-settings", "{\"allowPrivateTargets\":1}");
        assertThat(number.status()).as(number.text()).isEqualTo(400);
        assertThat(number.field()).isEqualTo("allowPrivateTargets");
        Api.Response text = admin().send(
                        "PUT",
                        "/api/v1/admin/webhook-settings",
                        "{\"allowPrivateTargets\":true}",
                        java.util.Map.of("Content-Type", "text/plain"));
        assertThat(text.status()).as(text.text()).isEqualTo(415);
        // a change is made from the version read: without one it is refused, and an old one is a conflict
        Api.Response unversioned =
                admin().send("PUT", "/api/v1/admin/webhook-settings", "{\"allowPrivateTargets\":true}");
        assertThat(unversioned.status()).as(unversioned.text()).isEqualTo(400);
        assertThat(unversioned.field()).isEqualTo("version");
        long read = admin().get("/api/v1/admin/webhook-settings")
                .json()
                .path("version")
                .asLong();
        Api.Response changed = admin().send(
                        "PUT",
                        "/api/v1/admin/webhook-settings",
                        "{\"allowPrivateTargets\":true,\"version\":" + read + "}");
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().path("version").asLong()).isEqualTo(read + 1);
        Api.Response stale = admin().send(
                        "PUT",
                        "/api/v1/admin/webhook-settings",
                        "{\"allowPrivateTargets\":false,\"version\":" + read + "}");
        assertThat(stale.status()).as(stale.text()).isEqualTo(409);
        assertThat(admin().get("/api/v1/admin/webhook-settings")
                        .json()
                        .path("allowPrivateTargets")
                        .asBoolean())
                .as("the other admin's change is not undone")
                .isTrue();
        allowPrivateTargets(false);
        try {
            assertThat(admin().get("/api/v1/admin/webhook-settings")
                            .json()
                            .path("allowPrivateTargets")
                            .asBoolean())
                    .isFalse();
            for (String url : List.of(
                    receiver.url("/hook"),
                    "http://localhost:8080/hook",
                    "http://10.1.2.3/hook",
                    "http://192.168.0.10/hook",
                    "http://169.254.169.254/latest/meta-data",
                    "http://100.64.0.1/hook",
                    "http://[::1]/hook",
                    "http://[fd00::1]/hook",
                    "http://0.0.0.0/hook",
                    "http://2130706433/hook")) {
                Api.Response refused = subscribeRaw(url, "insight.captured");
                assertThat(refused.status()).as(url).isEqualTo(400);
                assertThat(refused.field()).as(url).isEqualTo("url");
                assertThat(refused.json().path("detail").asString()).as(url).contains("private");
            }
            // loopback written short (127.1 is 127.0.0.1 to curl and to browsers): refused for what it is
            for (String url : List.of("http://127.1:18991/a", "http://0x7f.1/a")) {
                Api.Response refused = subscribeRaw(url, "insight.captured");
                assertThat(refused.status()).as(url).isEqualTo(400);
                assertThat(refused.field()).as(url).isEqualTo("url");
                assertThat(refused.json().path("detail").asString())
                        .as(url)
                        .contains("127.0.0.1 written in short form, a loopback or private address")
                        .doesNotContain("names no host");
            }
            Api.Response unknown = subscribeRaw("https://tandem-no-such-host.invalid/hook", "insight.captured");
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.field()).isEqualTo("url");
            assertThat(unknown.json().path("detail").asString()).contains("does not resolve");
            Api.Response ftp = subscribeRaw("ftp://example.com/hook", "insight.captured");
            assertThat(ftp.field()).isEqualTo("url");
            // a password in the URL would be shown to every admin who lists the subscriptions
            Api.Response credentials = subscribeRaw("https://hooks:s3cret@example.com/hook", "insight.captured");
            assertThat(credentials.status()).as(credentials.text()).isEqualTo(400);
            assertThat(credentials.field()).isEqualTo("url");
            assertThat(credentials.json().path("detail").asString()).contains("no user name or password");

            // subscribed while allowed, refused at delivery once no longer allowed
            sendTest(id);
            JsonNode log = awaitLog(id, 1);
            assertThat(log.path("items").get(0).path("outcome").asString()).isEqualTo("REFUSED");
            assertThat(log.path("items").get(0).path("error").asString()).contains("private");
            assertThat(receiver.received()).isEmpty();
        } finally {
            allowPrivateTargets(true);
        }
    }

    @Test
    void onlyTheWorkspacesAdminsSeeOrChangeItsWebhooksAndAnotherWorkspacesIdIsNotFound() {
        long id = subscribe(receiver.url("/mine"), "insight.captured")
                .json()
                .path("subscription")
                .path("id")
                .asLong();
        Person member = newMember(slug, "Mo Member", "MEMBER");
        Person viewer = newMember(slug, "Vi Viewer", "VIEWER");
        for (Person p : List.of(member, viewer)) {
            assertThat(p.api().get(base).status()).isEqualTo(403);
            assertThat(p.api().get(base + "/" + id).status()).isEqualTo(403);
            assertThat(p.api().get(base + "/" + id + "/deliveries").status()).isEqualTo(403);
            assertThat(p.api()
                            .post(base, body(receiver.url("/x"), "insight.captured"))
                            .status())
                    .isEqualTo(403);
            assertThat(p.api().post(base + "/" + id + "/test", "").status()).isEqualTo(403);
        }
        Person outsider = newPerson("Otto Outsider");
        assertThat(outsider.api().get(base + "/" + id).status()).isEqualTo(404);

        String other = "hooks-other-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Other\",\"slug\":\"" + other + "\"}");
        String otherBase = "/api/v1/workspaces/" + other + "/webhooks";
        assertThat(admin().get(otherBase + "/" + id).status()).isEqualTo(404);
        assertThat(admin().post(otherBase + "/" + id + "/test", "").status()).isEqualTo(404);
        assertThat(admin().send("PUT", otherBase + "/" + id, body(receiver.url("/y"), "insight.captured"))
                        .status())
                .isEqualTo(404);
        assertThat(admin().delete(otherBase + "/" + id).status()).isEqualTo(404);
        assertThat(admin().get(base + "/" + id).status()).isEqualTo(200);
    }

    @Test
    void anEditSendsTheVersionItStartedFromAndUnknownEventTypesAreRefused() {
        JsonNode created =
                subscribe(receiver.url("/edit"), "insight.captured").json().path("subscription");
        long id = created.path("id").asLong();
        long version = created.path("version").asLong();
        Api.Response changed = admin().send(
                        "PUT",
                        base + "/" + id,
                        "{\"url\":\"" + receiver.url("/edited") + "\",\"eventTypes\":[\"kpi.health-changed\","
                                + "\"check-in.scheduled\"],\"active\":false,\"version\":" + version + "}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("active").asBoolean()).isFalse();
        assertThat(changed.json().path("eventTypes").toString()).contains("kpi.health-changed", "check-in.scheduled");
        Api.Response stale = admin().send(
                        "PUT",
                        base + "/" + id,
                        "{\"url\":\"" + receiver.url("/stale") + "\",\"eventTypes\":[\"insight.captured\"],\"version\":"
                                + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        Api.Response unknown = subscribeRaw(receiver.url("/u"), "insight.deleted");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.field()).isEqualTo("eventTypes");
        assertThat(admin().delete(base + "/" + id).status()).isEqualTo(204);
        assertThat(admin().get(base + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void aSecondSubscriptionWithTheSameUrlAndEventsIsRefusedNamingTheFirst() {
        String url = receiver.url("/twice");
        long first = subscribe(url, "insight.captured", "initiative.committed")
                .json()
                .path("subscription")
                .path("id")
                .asLong();
        // the same events in another order, to the same URL with its scheme in capitals: each event twice
        String shouting = url.replace("http://", "HTTP://");
        for (String again : List.of(url, shouting)) {
            Api.Response twice = subscribeRaw(again, "initiative.committed", "insight.captured");
            assertThat(twice.status()).as(twice.text()).isEqualTo(409);
            assertThat(twice.field()).isEqualTo("url");
            assertThat(twice.json().path("detail").asString())
                    .contains("Webhook " + first + " already sends these events to " + url);
        }
        assertThat(Webhooks.sameUrlKey("https://Example.COM:443"))
                .isEqualTo(Webhooks.sameUrlKey("https://example.com/"));
        assertThat(Webhooks.sameUrlKey("https://example.com/a"))
                .isNotEqualTo(Webhooks.sameUrlKey("https://example.com/b"));

        // other events to the same URL are another subscription
        JsonNode second = subscribe(url, "insight.captured").json().path("subscription");
        // and changing it into a copy of the first is refused as well, naming the first
        Api.Response edited = admin().send(
                        "PUT",
                        base + "/" + second.path("id").asLong(),
                        "{\"url\":\"" + url + "\",\"eventTypes\":[\"insight.captured\",\"initiative.committed\"],"
                                + "\"version\":" + second.path("version").asLong() + "}");
        assertThat(edited.status()).as(edited.text()).isEqualTo(409);
        assertThat(edited.field()).isEqualTo("url");
        assertThat(edited.json().path("detail").asString()).contains("Webhook " + first + " already sends");
        // a subscription saved as it is is no copy of itself
        JsonNode firstRead = admin().get(base + "/" + first).json();
        Api.Response same = admin().send(
                        "PUT",
                        base + "/" + first,
                        "{\"url\":\"" + url + "\",\"eventTypes\":[\"insight.captured\",\"initiative.committed\"],"
                                + "\"version\":" + firstRead.path("version").asLong() + "}");
        assertThat(same.status()).as(same.text()).isEqualTo(200);
    }

    @Test
    void aSwitchedOffSubscriptionsWaitingDeliveryIsHeldWithNoNextAttemptAndSentOnceSwitchedOn() {
        JsonNode created =
                subscribe(receiver.url("/held"), "insight.captured").json().path("subscription");
        long id = created.path("id").asLong();
        for (int i = 0; i < 8; i++) {
            receiver.answer(new Answer(500, null, null, "not now"));
        }
        String eventId = sendTest(id);
        JsonNode retrying = awaitLog(id, 1);
        assertThat(retrying.path("items").get(0).path("outcome").asString()).isEqualTo("RETRYING");
        JsonNode read = admin().get(base + "/" + id).json();
        Api.Response off = admin().send(
                        "PUT",
                        base + "/" + id,
                        "{\"url\":\"" + receiver.url("/held") + "\",\"eventTypes\":[\"insight.captured\"],"
                                + "\"active\":false,\"version\":"
                                + read.path("version").asLong() + "}");
        assertThat(off.status()).as(off.text()).isEqualTo(200);
        int sent = receiver.received(eventId).size();
        assertThat(sent).isLessThan(8);

        JsonNode log = awaitJson(
                () -> admin().get(base + "/" + id + "/deliveries").json(),
                l -> l.path("items").get(0).path("held").asBoolean());
        JsonNode latest = log.path("items").get(0);
        assertThat(latest.path("deliveryState").asString()).isEqualTo("PENDING");
        assertThat(latest.path("held").asBoolean()).isTrue();
        assertThat(latest.path("nextAttemptAt").isNull()).as(latest.toString()).isTrue();
        assertThat(receiver.await(sent + 1, Duration.ofSeconds(1))).hasSize(sent);

        read = admin().get(base + "/" + id).json();
        receiver.forgetAnswers();
        Api.Response on = admin().send(
                        "PUT",
                        base + "/" + id,
                        "{\"url\":\"" + receiver.url("/held") + "\",\"eventTypes\":[\"insight.captured\"],"
                                + "\"active\":true,\"version\":"
                                + read.path("version").asLong() + "}");
        assertThat(on.status()).as(on.text()).isEqualTo(200);
        assertThat(receiver.await(sent + 1, WAIT)).hasSizeGreaterThan(sent);
        JsonNode after = awaitJson(
                () -> admin().get(base + "/" + id + "/deliveries").json(),
                l -> !l.path("items").get(0).path("held").asBoolean());
        assertThat(after.path("items").get(0).path("held").asBoolean()).isFalse();
        assertThat(receiver.received(eventId)).hasSizeGreaterThan(sent);
    }

    /**
     * Restart safety. The queue is rows in the database, nothing in a node's memory: a delivery
     * claimed by a node that then died (it claimed with a lease and never finished) is left alone
     * while the lease holds, then claimed by another worker and sent with the same {@code
     * webhook-id}; the dead node's late report is refused, so the outcome is recorded once.
     */
    @Test
    void aDueDeliveryClaimedByANodeThatDiedIsSentOnceByAnotherAfterItsLeaseWithTheSameWebhookId() {
        long id = subscribe(receiver.url("/after-crash"), "insight.captured")
                .json()
                .path("subscription")
                .path("id")
                .asLong();
        // to the millisecond, as the database keeps it (no rounding up past the moment the claim asks about)
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Instant due = now.plusMillis(1500);
        String eventId = WebhookPayloads.randomId();
        long deliveryId = queue.enqueue(
                        id,
                        eventId,
                        WebhookEventType.TEST,
                        payloads.payload(WebhookEventType.TEST, slug, now, Map.of("crash", true)),
                        now,
                        due)
                .orElseThrow();
        assertThat(queue.enqueue(id, eventId, WebhookEventType.TEST, "{}", now, due))
                .as("the same event for the same subscription is queued once")
                .isEmpty();

        // the node that dies: claims it as it falls due, with a lease that ends 3 s from now, and never sends it
        List<Claimed> crashed = queue.claim(due, Duration.ofMillis(1500), 10, "crashed-node");
        assertThat(crashed).extracting(Claimed::id).contains(deliveryId);
        Claimed lost =
                crashed.stream().filter(c -> c.id() == deliveryId).findFirst().orElseThrow();

        // while the lease holds, no worker takes it, although it is due
        assertThat(receiver.await(1, Duration.between(Instant.now(), now.plusMillis(2800))))
                .isEmpty();

        // then a worker (the scheduled one, or this fresh claim) sends it, once, with the same webhook-id
        List<Received> got = awaitReceived(eventId);
        assertThat(Duration.between(now, got.getFirst().at())).isGreaterThanOrEqualTo(Duration.ofMillis(3000));
        assertThat(got.getFirst().header("webhook-id")).isEqualTo(eventId);
        org.awaitility.Awaitility.await()
                .atMost(WAIT)
                .until(() -> queue.state(deliveryId).orElse("").equals(DeliveryQueue.DELIVERED));
        assertThat(receiver.received(eventId)).hasSize(1);
        assertThat(queue.finish(lost, DeliveryQueue.FAILED, 1, Instant.now()))
                .as("the dead node's late report is refused")
                .isFalse();
        assertThat(queue.state(deliveryId)).contains(DeliveryQueue.DELIVERED);
    }

    @Test
    void twoNodesClaimingAtOnceNeverTakeTheSameDelivery() throws Exception {
        long id = subscribe(receiver.url("/race"), "insight.captured")
                .json()
                .path("subscription")
                .path("id")
                .asLong();
        // due in an hour: the scheduled worker leaves them alone; the two claimers ask "as of" then
        Instant later = Instant.now().plus(Duration.ofHours(1));
        Set<Long> queued = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            queued.add(queue.enqueue(id, WebhookPayloads.randomId(), WebhookEventType.TEST, "{}", Instant.now(), later)
                    .orElseThrow());
        }
        try {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            Supplier<List<Long>> node = () -> {
                List<Long> mine = new ArrayList<>();
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                for (int round = 0; round < 30; round++) {
                    queue.claim(
                                    later.plusSeconds(1),
                                    Duration.ofMinutes(5),
                                    2,
                                    "node-" + Thread.currentThread().threadId())
                            .forEach(c -> mine.add(c.id()));
                }
                return mine;
            };
            CompletableFuture<List<Long>> a = CompletableFuture.supplyAsync(node);
            CompletableFuture<List<Long>> b = CompletableFuture.supplyAsync(node);
            List<Long> first = a.get();
            List<Long> second = b.get();
            assertThat(first).doesNotHaveDuplicates();
            assertThat(second).doesNotHaveDuplicates();
            assertThat(java.util.Collections.disjoint(first, second))
                    .as("%s and %s share no delivery", first, second)
                    .isTrue();
            Set<Long> all = new HashSet<>(first);
            all.addAll(second);
            assertThat(all).containsAll(queued);
        } finally {
            assertThat(admin().delete(base + "/" + id).status()).isEqualTo(204);
        }
        assertThatCode(() -> deliveries.deliverDue(Duration.ofMinutes(1))).doesNotThrowAnyException();
    }

    @Test
    void doneDeliveriesOlderThanTheLogKeepsAreForgottenAndWaitingOnesAreNot() {
        long id = subscribe(receiver.url("/old"), "insight.captured")
                .json()
                .path("subscription")
                .path("id")
                .asLong();
        Instant longAgo = Instant.now().minus(Duration.ofDays(40));
        Instant later = Instant.now().plus(Duration.ofHours(1));
        long done = queue.enqueue(id, WebhookPayloads.randomId(), WebhookEventType.TEST, "{}", longAgo, later)
                .orElseThrow();
        long waiting = queue.enqueue(
                        id, WebhookPayloads.randomId(), WebhookEventType.TEST, "{}", longAgo, later.plusSeconds(60))
                .orElseThrow();
        // a second after it falls due: the database keeps the moment to the microsecond, rounded, so
        // asking "as of" the very instant may find it a fraction later (other tests' due ones are given back)
        List<Claimed> due = queue.claim(later.plusSeconds(1), Duration.ofMinutes(1), 1_000, "old-node");
        Claimed claimed = due.stream()
                .filter(c -> c.id() == done)
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "delivery " + done + " not among the " + due.size() + " claimed: " + queue.state(done)));
        due.stream().filter(c -> c.id() != done).forEach(queue::release);
        assertThat(due).extracting(Claimed::id).doesNotContain(waiting);
        queue.recordAttempt(claimed, longAgo, "DELIVERED", 200, 5, "ok", null);
        assertThat(queue.finish(claimed, DeliveryQueue.DELIVERED, 1, longAgo)).isTrue();

        queue.forgetDoneBefore(Instant.now().minus(Duration.ofDays(30)));

        assertThat(queue.state(done)).isEmpty();
        assertThat(queue.state(waiting)).contains(DeliveryQueue.PENDING);
        assertThat(admin().get(base + "/" + id + "/deliveries")
                        .json()
                        .path("totalItems")
                        .asLong())
                .isZero();
        assertThat(admin().delete(base + "/" + id).status()).isEqualTo(204);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private void allowPrivateTargets(boolean allow) {
        Api.Response response =
                admin().putAsRead("/api/v1/admin/webhook-settings", "{\"allowPrivateTargets\":" + allow + "}");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    private static String body(String url, String... types) {
        return "{\"url\":\"" + url + "\",\"eventTypes\":[\"" + String.join("\",\"", types) + "\"]}";
    }

    private Api.Response subscribeRaw(String url, String... types) {
        return admin().post(base, body(url, types));
    }

    private Api.Response subscribe(String url, String... types) {
        Api.Response created = subscribeRaw(url, types);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created;
    }

    private String sendTest(long id) {
        Api.Response queued = admin().post(base + "/" + id + "/test", "");
        assertThat(queued.status()).as(queued.text()).isEqualTo(202);
        return queued.json().path("eventId").asString();
    }

    private JsonNode awaitLog(long id, int entries) {
        return awaitJson(
                () -> admin().get(base + "/" + id + "/deliveries").json(),
                log -> log.path("totalItems").asLong() >= entries);
    }

    private List<Received> awaitReceived(String eventId) {
        Instant deadline = Instant.now().plus(WAIT);
        while (receiver.received(eventId).isEmpty() && Instant.now().isBefore(deadline)) {
            deliveries.deliverDue(Duration.ofMinutes(1));
            receiver.await(receiver.received().size() + 1, Duration.ofMillis(100));
        }
        return receiver.received(eventId);
    }

    private static JsonNode awaitJson(Supplier<JsonNode> read, java.util.function.Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plus(WAIT);
        JsonNode last = read.get();
        while (!done.test(last) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = read.get();
        }
        return last;
    }
}
