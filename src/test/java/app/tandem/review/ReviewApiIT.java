package app.tandem.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import app.tandem.workspace.WorkForMe;
import app.tandem.workspace.WorkItem;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * The reviews API over real HTTP: asking for a review, inviting (a non-member and a viewer refused),
 * verdicts (only reviewers; concerns and a block need their reason), the thread, viewers, another
 * workspace's ids, a replace from a stale version; the participation matrix as JSON; the inbox's
 * "Reviews to give"; and the event the mail will hear (recorded from a call to {@link Reviews} on the
 * test's thread).
 */
@RecordApplicationEvents
class ReviewApiIT extends TandemIT {

    @Autowired
    Reviews reviews;

    @Autowired
    List<WorkForMe> inbox;

    @Autowired
    ApplicationEvents events;

    private String slug;
    private String base;
    private long marketing;
    private long design;
    private long it;
    private Person designer;
    private Person marketer;
    private Person engineer;
    private Person viewer;

    @BeforeEach
    void workspaceWithTeamsAndPeople() {
        slug = "reviews-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Review API\",\"slug\":\"" + slug + "\"}");
        base = "/api/v1/workspaces/" + slug;
        marketing = team("Marketing");
        design = team("Design");
        it = team("IT");
        designer = member("Aiko Tanaka", "MEMBER", design);
        marketer = member("Jonas Berg", "MEMBER", marketing);
        engineer = member("Sam Okafor", "MEMBER", it);
        viewer = member("Grace Kim", "VIEWER", marketing);
    }

    private long team(String name) {
        return admin().post(base + "/teams", "{\"name\":\"" + name + "\"}")
                .json()
                .path("id")
                .asLong();
    }

    private Person member(String name, String role, long team) {
        Person person = newPerson(name);
        assertThat(admin().post(base + "/members", "{\"email\":\"" + person.email() + "\",\"role\":\"" + role + "\"}")
                        .status())
                .isEqualTo(201);
        admin().post(
                        base + "/teams/" + team + "/members",
                        "{\"userId\":" + person.id() + ",\"involvement\":\"EXECUTES\"}");
        return person;
    }

    private long ask(Api as, String title, long team) {
        Api.Response created = as.post(
                base + "/reviews",
                "{\"title\":\"" + title + "\",\"kind\":\"DESIGN_REVIEW\",\"teamId\":" + team
                        + ",\"dueDate\":\"2027-03-01\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private Api.Response invite(Api as, long review, long userId) {
        return as.post(base + "/reviews/" + review + "/reviewers", "{\"userId\":" + userId + "}");
    }

    private Api.Response verdict(Api as, long review, String verdict, String reason) {
        return as.send(
                "PUT",
                base + "/reviews/" + review + "/verdicts/me",
                "{\"verdict\":\"" + verdict + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
    }

    private static List<String> fields(Api.Response problem) {
        return problem.json()
                .path("errors")
                .valueStream()
                .map(e -> e.path("field").asString())
                .toList();
    }

    private long review(String title, String due) {
        Api.Response created = designer.api()
                .post(
                        base + "/reviews",
                        "{\"title\":\"" + title + "\",\"kind\":\"DESIGN_REVIEW\",\"teamId\":" + design
                                + (due == null ? "" : ",\"dueDate\":\"" + due + "\"") + "}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** Opens or closes a review as its requester, the version as If-Match alone. */
    private Api.Response state(long review, String state, String ifMatch) {
        return designer.api()
                .send(
                        "PATCH",
                        base + "/reviews/" + review,
                        "{\"state\":\"" + state + "\"}",
                        java.util.Map.of("If-Match", ifMatch));
    }

    /** The list as people work through it: the open reviews, the earliest due first, then the closed ones. */
    @Test
    void listsTheOpenReviewsEarliestDueFirstThenTheClosedOnes() {
        long closed = review("Old card", "2027-01-15");
        long undated = review("Colours", null);
        long later = review("Budget grid", "2027-05-01");
        long sooner = review("Home card", "2027-02-01");
        long readAt = designer.api()
                .get(base + "/reviews/" + closed)
                .json()
                .path("version")
                .asLong();
        assertThat(designer.api()
                        .patch(base + "/reviews/" + closed, "{\"state\":\"CLOSED\",\"version\":" + readAt + "}")
                        .status())
                .isEqualTo(200);

        assertThat(viewer.api()
                        .get(base + "/reviews")
                        .json()
                        .path("items")
                        .valueStream()
                        .map(r -> r.path("id").asLong()))
                .containsExactly(sooner, later, undated, closed);

        // a value the API does not take is named with what it takes
        Api.Response kind = designer.api()
                .post(base + "/reviews", "{\"title\":\"Kickoff\",\"kind\":\"MEETING\",\"teamId\":" + design + "}");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.field()).isEqualTo("kind");
        assertThat(kind.json().path("errors").get(0).path("message").asString())
                .isEqualTo("'MEETING' is not one of DESIGN_REVIEW, CAMPAIGN_BRAINSTORM, INITIATIVE_REVIEW, OTHER.");
        // the version as If-Match instead of in the body, as every edit takes it
        long undatedAt = designer.api()
                .get(base + "/reviews/" + undated)
                .json()
                .path("version")
                .asLong();
        Api.Response byHeader = state(undated, "CLOSED", "\"" + undatedAt + "\"");
        assertThat(byHeader.status()).as(byHeader.text()).isEqualTo(200);
        assertThat(byHeader.json().path("state").asString()).isEqualTo("CLOSED");
        assertThat(state(undated, "OPEN", "\"" + undatedAt + "\"").status()).isEqualTo(409);
        Api.Response garbled = state(undated, "OPEN", "*");
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.field()).isEqualTo("If-Match");

        Api.Response size = viewer.api().get(base + "/reviews?size=ten");
        assertThat(size.field()).isEqualTo("size");
        assertThat(size.json().path("errors").get(0).path("message").asString())
                .isEqualTo("'ten' is not a whole number.");
    }

    @Test
    void asksForAReviewInvitesAnotherTeamAndCollectsVerdictsAndComments() {
        Api.Response created = designer.api()
                .post(
                        base + "/reviews",
                        "{\"title\":\"Savings goals on the home screen\",\"kind\":\"DESIGN_REVIEW\",\"teamId\":"
                                + design
                                + ",\"description\":\"Does the card read well?\",\"link\":\"https://figma.example/x\","
                                + "\"dueDate\":\"2027-03-01\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        long id = created.json().path("id").asLong();
        assertThat(created.json().path("state").asString()).isEqualTo("OPEN");
        assertThat(created.json().path("team").path("name").asString()).isEqualTo("Design");
        assertThat(created.json().path("requestedBy").path("id").asLong()).isEqualTo(designer.id());

        Api.Response invited = invite(designer.api(), id, marketer.id());
        assertThat(invited.status()).as(invited.text()).isEqualTo(201);
        assertThat(invited.location()).isEqualTo(base + "/reviews/" + id + "/reviewers/" + marketer.id());
        invite(designer.api(), id, designer.id());
        JsonNode reviewers = invited.json().path("reviewers");
        assertThat(reviewers.get(0).path("person").path("name").asString()).isEqualTo("Jonas Berg");
        assertThat(reviewers.get(0).path("teams").get(0).path("name").asString())
                .isEqualTo("Marketing");
        assertThat(reviewers.get(0).path("fromAnotherTeam").asBoolean()).isTrue();
        Api.Response again = invite(designer.api(), id, marketer.id());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.field()).isEqualTo("userId");

        Api.Response blockWithoutReason = verdict(marketer.api(), id, "BLOCK", "  ");
        assertThat(blockWithoutReason.status()).isEqualTo(400);
        assertThat(blockWithoutReason.contentType()).startsWith("application/problem+json");
        assertThat(blockWithoutReason.field()).isEqualTo("reason");
        Api.Response noVerdict = marketer.api().send("PUT", base + "/reviews/" + id + "/verdicts/me", "{}");
        assertThat(noVerdict.field()).isEqualTo("verdict");

        Api.Response concerns = verdict(marketer.api(), id, "CONCERNS", "The e-mails use other words");
        assertThat(concerns.status()).as(concerns.text()).isEqualTo(200);
        assertThat(verdict(designer.api(), id, "APPROVE", null).status()).isEqualTo(200);
        JsonNode review = designer.api().get(base + "/reviews/" + id).json();
        assertThat(review.path("verdicts").path("concerns").asInt()).isEqualTo(1);
        assertThat(review.path("verdicts").path("approve").asInt()).isEqualTo(1);
        assertThat(review.path("verdicts").path("blocked").asBoolean()).isFalse();
        assertThat(review.path("reviewers").get(0).path("reason").asString()).isEqualTo("The e-mails use other words");
        assertThat(review.path("reviewers").get(1).path("fromAnotherTeam").asBoolean())
                .isFalse();

        // a later verdict replaces the reviewer's own; a block is in the summary
        verdict(marketer.api(), id, "BLOCK", "It promises bank sync we do not have");
        JsonNode reviewer = viewer.api().get(invited.location()).json();
        assertThat(reviewer.path("person").path("name").asString()).isEqualTo("Jonas Berg");
        assertThat(reviewer.path("verdict").asString()).isEqualTo("BLOCK");
        assertThat(viewer.api()
                        .get(base + "/reviews/" + id + "/reviewers/" + viewer.id())
                        .status())
                .as("someone not invited")
                .isEqualTo(404);
        JsonNode blocked = viewer.api().get(base + "/reviews/" + id).json();
        assertThat(blocked.path("verdicts").path("blocked").asBoolean()).isTrue();
        assertThat(blocked.path("verdicts").path("concerns").asInt()).isZero();

        assertThat(marketer.api()
                        .post(base + "/reviews/" + id + "/comments", "{\"body\":\"First\"}")
                        .status())
                .isEqualTo(201);
        Api.Response second = engineer.api().post(base + "/reviews/" + id + "/comments", "{\"body\":\"Second\"}");
        assertThat(second.json().path("byReviewer").asBoolean()).isFalse();
        assertThat(second.location())
                .isEqualTo(base + "/reviews/" + id + "/comments/"
                        + second.json().path("id").asLong());
        assertThat(viewer.api().get(second.location()).json().path("body").asString())
                .isEqualTo("Second");
        Api.Response blank = marketer.api().post(base + "/reviews/" + id + "/comments", "{\"body\":\" \"}");
        assertThat(blank.field()).isEqualTo("body");
        Api.Response page = viewer.api().get(base + "/reviews/" + id + "/comments?size=1&page=1");
        assertThat(page.json().path("items").get(0).path("body").asString()).isEqualTo("Second");
        assertThat(page.json().path("totalItems").asLong()).isEqualTo(2);

        assertThat(viewer.api()
                        .get(base + "/reviews?state=OPEN")
                        .json()
                        .path("items")
                        .get(0)
                        .path("title")
                        .asString())
                .isEqualTo("Savings goals on the home screen");
        // closing is a change like any other: it names the version it was read at
        Api.Response unversioned = designer.api().patch(base + "/reviews/" + id, "{\"state\":\"CLOSED\"}");
        assertThat(unversioned.status()).isEqualTo(400);
        assertThat(unversioned.field()).isEqualTo("version");
        long readAt =
                viewer.api().get(base + "/reviews/" + id).json().path("version").asLong();
        Api.Response closed =
                designer.api().patch(base + "/reviews/" + id, "{\"state\":\"CLOSED\",\"version\":" + readAt + "}");
        assertThat(closed.json().path("state").asString()).isEqualTo("CLOSED");
        assertThat(viewer.api()
                        .get(base + "/reviews?state=OPEN")
                        .json()
                        .path("totalItems")
                        .asLong())
                .isZero();
        Api.Response afterClose = verdict(marketer.api(), id, "APPROVE", null);
        assertThat(afterClose.status()).isEqualTo(409);
        assertThat(afterClose.field()).isEqualTo("state");
        // a closed review keeps its reviewers and their verdicts (taking one off erased theirs until December 2026)
        Api.Response offAfterClose = designer.api().delete(base + "/reviews/" + id + "/reviewers/" + marketer.id());
        assertThat(offAfterClose.status()).as(offAfterClose.text()).isEqualTo(409);
        assertThat(offAfterClose.field()).isEqualTo("state");
        assertThat(viewer.api()
                        .get(base + "/reviews/" + id)
                        .json()
                        .path("reviewers")
                        .valueStream()
                        .anyMatch(r -> r.path("person").path("id").asLong() == marketer.id()))
                .isTrue();

        assertThat(admin().get("/v3/api-docs").json().path("paths").propertyNames())
                .contains(
                        "/api/v1/workspaces/{slug}/reviews",
                        "/api/v1/workspaces/{slug}/reviews/{reviewId}/verdicts/me",
                        "/api/v1/workspaces/{slug}/participation");
    }

    @Test
    void refusesOutsidersViewersNonReviewersAndAnotherWorkspacesIds() {
        long id = ask(designer.api(), "Onboarding screens", design);
        Person stranger = newPerson("Stranger");

        Api.Response notMember = invite(designer.api(), id, stranger.id());
        assertThat(notMember.status()).isEqualTo(400);
        assertThat(notMember.field()).isEqualTo("userId");
        assertThat(notMember.json().path("detail").asString())
                .isEqualTo("Person " + stranger.id()
                        + " is not a member of this workspace: invite them to the workspace first.");
        Api.Response aViewer = invite(designer.api(), id, viewer.id());
        assertThat(aViewer.status()).isEqualTo(400);
        assertThat(aViewer.field()).isEqualTo("userId");

        Api.Response notReviewer = verdict(engineer.api(), id, "APPROVE", null);
        assertThat(notReviewer.status()).isEqualTo(403);
        assertThat(notReviewer.json().path("detail").asString())
                .isEqualTo("Only the people invited to review this give a verdict: ask to be invited.");

        // a viewer reads but changes nothing, whatever the body holds
        assertThat(viewer.api().get(base + "/reviews/" + id).status()).isEqualTo(200);
        assertThat(viewer.api().post(base + "/reviews", "{not json").status()).isEqualTo(403);
        assertThat(invite(viewer.api(), id, marketer.id()).status()).isEqualTo(403);
        assertThat(viewer.api()
                        .post(base + "/reviews/" + id + "/comments", "{\"body\":\"hi\"}")
                        .status())
                .isEqualTo(403);
        // an outsider does not see the workspace at all
        assertThat(stranger.api().get(base + "/reviews").status()).isEqualTo(404);
        assertThat(stranger.api().get(base + "/participation").status()).isEqualTo(404);

        String otherSlug = "other-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Other\",\"slug\":\"" + otherSlug + "\"}");
        String other = "/api/v1/workspaces/" + otherSlug;
        long otherTeam = admin().post(other + "/teams", "{\"name\":\"Sales\"}")
                .json()
                .path("id")
                .asLong();
        long otherInitiative = admin().post(
                        other + "/initiatives",
                        "{\"title\":\"Elsewhere\",\"kind\":\"FEATURE\",\"proposingTeamId\":" + otherTeam
                                + ",\"ownerId\":"
                                + admin().get("/api/v1/me").json().path("id").asLong()
                                + ",\"startDate\":\"2027-01-01\",\"dueDate\":\"2027-02-01\"}")
                .json()
                .path("id")
                .asLong();
        long otherReview = admin().post(
                        other + "/reviews", "{\"title\":\"Theirs\",\"kind\":\"OTHER\",\"teamId\":" + otherTeam + "}")
                .json()
                .path("id")
                .asLong();

        Api.Response foreign = designer.api()
                .post(
                        base + "/reviews",
                        "{\"title\":\"\",\"kind\":\"OTHER\",\"teamId\":" + otherTeam + ",\"initiativeId\":"
                                + otherInitiative + ",\"link\":\"javascript:alert(1)\"}");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(fields(foreign)).containsExactly("title", "teamId", "initiativeId", "link");
        assertThat(admin().get(base + "/reviews/" + otherReview).status()).isEqualTo(404);
        assertThat(invite(admin(), otherReview, marketer.id()).status()).isEqualTo(404);
        long theirComment = admin().post(other + "/reviews/" + otherReview + "/comments", "{\"body\":\"Theirs\"}")
                .json()
                .path("id")
                .asLong();
        assertThat(admin().get(other + "/reviews/" + otherReview + "/comments/" + theirComment)
                        .status())
                .isEqualTo(200);
        assertThat(admin().get(base + "/reviews/" + id + "/comments/" + theirComment)
                        .status())
                .as("another review's comment")
                .isEqualTo(404);
        assertThat(admin().get(other + "/reviews/" + id).status()).isEqualTo(404);
        assertThat(designer.api()
                        .get(base + "/reviews")
                        .json()
                        .path("totalItems")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aReviewerInvitedTwiceAtOnceIsInvitedOnceAndADueDateInYear1IsRefused() throws Exception {
        long id = ask(designer.api(), "Onboarding screens", design);
        List<java.util.concurrent.Callable<Integer>> same = java.util.Collections.nCopies(
                8, () -> invite(designer.api(), id, marketer.id()).status());
        List<Integer> statuses = new java.util.ArrayList<>();
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (var answer : threads.invokeAll(same)) {
                statuses.add(answer.get());
            }
        }
        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(designer.api().get(base + "/reviews/" + id).json().path("reviewers"))
                .hasSize(1);

        Api.Response year1 = designer.api()
                .post(
                        base + "/reviews",
                        "{\"title\":\"Pricing page\",\"kind\":\"DESIGN_REVIEW\",\"teamId\":" + design
                                + ",\"dueDate\":\"0001-01-01\"}");
        assertThat(year1.status()).isEqualTo(400);
        assertThat(year1.field()).isEqualTo("dueDate");
    }

    @Test
    void aReplaceFromAStaleVersionIsRefusedAndNothingIsSaved() {
        long id = ask(designer.api(), "Landing page copy", marketing);
        long version = designer.api()
                .get(base + "/reviews/" + id)
                .json()
                .path("version")
                .asLong();
        String body = "{\"title\":\"Landing page copy, second round\",\"kind\":\"CAMPAIGN_BRAINSTORM\",\"teamId\":"
                + marketing + ",\"version\":" + version + "}";
        Api.Response replaced = designer.api().send("PUT", base + "/reviews/" + id, body);
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
        assertThat(replaced.json().path("kind").asString()).isEqualTo("CAMPAIGN_BRAINSTORM");

        Api.Response stale =
                marketer.api().send("PUT", base + "/reviews/" + id, body.replace("second round", "my round"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("currentVersion").asLong()).isGreaterThan(version);
        assertThat(designer.api()
                        .get(base + "/reviews/" + id)
                        .json()
                        .path("title")
                        .asString())
                .isEqualTo("Landing page copy, second round");
        Api.Response staleClose =
                marketer.api().patch(base + "/reviews/" + id, "{\"state\":\"CLOSED\",\"version\":" + version + "}");
        assertThat(staleClose.status()).isEqualTo(409);
    }

    @Test
    void theMatrixCountsTheTeamsOfReviewersWhoTookPart() {
        long designReview = ask(designer.api(), "Savings goals card", design);
        long itReview = ask(engineer.api(), "Form endpoint API", it);
        invite(designer.api(), designReview, marketer.id());
        invite(designer.api(), designReview, engineer.id());
        invite(engineer.api(), itReview, marketer.id());
        // Marketing took part in Design's review by a comment, in IT's by a verdict; IT only invited
        marketer.api().post(base + "/reviews/" + designReview + "/comments", "{\"body\":\"Words differ\"}");
        verdict(marketer.api(), itReview, "APPROVE", null);
        // a comment of someone not invited does not count
        designer.api().post(base + "/reviews/" + itReview + "/comments", "{\"body\":\"Looks fine\"}");

        Api.Response response = viewer.api().get(base + "/participation?days=90");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode matrix = response.json();
        assertThat(matrix.path("days").asInt()).isEqualTo(90);
        assertThat(matrix.path("since").asString())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).minusDays(89).toString());
        assertThat(matrix.path("teams").valueStream().map(t -> t.path("name").asString()))
                .containsExactly("Design", "IT", "Marketing");
        assertThat(matrix.path("occasions").asInt()).isEqualTo(2);
        assertThat(cells(matrix))
                .containsExactly(
                        "Design<-Design:0",
                        "Design<-IT:0",
                        "Design<-Marketing:1",
                        "IT<-Design:0",
                        "IT<-IT:0",
                        "IT<-Marketing:1",
                        "Marketing<-Design:0",
                        "Marketing<-IT:0",
                        "Marketing<-Marketing:0");
        JsonNode byKind = matrix.path("rows").get(0).path("cells").get(2).path("byKind");
        assertThat(byKind.get(0).path("kind").asString()).isEqualTo("Review");
        assertThat(byKind.get(0).path("count").asInt()).isEqualTo(1);
        assertThat(matrix.path("walls")
                        .valueStream()
                        .map(w -> w.path("team").path("name").asString() + "|"
                                + w.path("other").path("name").asString()))
                .containsExactly("Design|IT");

        Api.Response badPeriod = viewer.api().get(base + "/participation?days=7");
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.field()).isEqualTo("days");
    }

    private static List<String> cells(JsonNode matrix) {
        return matrix.path("rows")
                .valueStream()
                .flatMap(r -> r.path("cells").valueStream())
                .map(c -> c.path("host").path("name").asString() + "<-"
                        + c.path("participant").path("name").asString() + ":"
                        + c.path("count").asInt())
                .toList();
    }

    @Test
    void anInvitationIsAnnouncedAndListedInTheReviewersInboxUntilTheyGiveAVerdict() {
        long first = ask(designer.api(), "Later review", design);
        long overdue = designer.api()
                .post(
                        base + "/reviews",
                        "{\"title\":\"Overdue review\",\"kind\":\"OTHER\",\"teamId\":" + design + ",\"dueDate\":\""
                                + LocalDate.now(ZoneOffset.UTC).minusDays(2) + "\"}")
                .json()
                .path("id")
                .asLong();
        reviews.invite(slug, designer.id(), first, marketer.id());
        reviews.invite(slug, designer.id(), overdue, marketer.id());

        assertThat(events.stream(ReviewerInvited.class)).anySatisfy(e -> {
            assertThat(e.reviewId()).isEqualTo(first);
            assertThat(e.reviewerId()).isEqualTo(marketer.id());
            assertThat(e.title()).isEqualTo("Later review");
            assertThat(e.due()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(e.path()).isEqualTo("/w/" + slug + "/reviews/" + first);
        });

        WorkForMe toGive = inbox.stream()
                .filter(w -> w.heading().equals("Reviews to give"))
                .findFirst()
                .orElseThrow();
        List<WorkItem> items = toGive.openFor(marketer.id(), 10);
        assertThat(items).extracting(WorkItem::title).containsExactly("Overdue review", "Later review");
        assertThat(items.getFirst().overdue()).isTrue();
        assertThat(items.getFirst().path()).isEqualTo("/w/" + slug + "/reviews/" + overdue);
        assertThat(items.getFirst().workspaceSlug()).isEqualTo(slug);
        assertThat(toGive.countFor(marketer.id())).isEqualTo(2);

        verdict(marketer.api(), overdue, "APPROVE", null);
        assertThat(toGive.openFor(marketer.id(), 10))
                .extracting(WorkItem::title)
                .containsExactly("Later review");
        // someone no longer a member sees nothing of the workspace
        admin().delete(base + "/members/" + marketer.id());
        assertThat(toGive.countFor(marketer.id())).isZero();
        assertThat(toGive.openFor(marketer.id(), 10)).isEmpty();
    }
}
