package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A JSON value of the wrong kind is refused naming its field, and nothing is saved, instead of being
 * turned into something else: a number as a date, a fraction as an id, a number or a boolean as
 * text, a number as a yes or no, empty text as no date.
 */
class StrictJsonIT extends TandemIT {

    private String base;

    @BeforeEach
    void workspace() {
        String slug = "strict-" + unique();
        base = "/api/v1/workspaces/" + slug;
        admin().post("/api/v1/workspaces", "{\"name\":\"Strict\",\"slug\":\"" + slug + "\"}");
    }

    private Api.Response goal(String title, String periodStart, String extra) {
        return admin().post(
                        base + "/goals",
                        "{\"title\":" + title + ",\"periodStart\":" + periodStart + ",\"periodEnd\":\"2027-12-31\""
                                + extra + "}");
    }

    @Test
    void valuesOfTheWrongKindAreRefusedNamingTheirField() {
        assertThat(goal("\"Grow\"", "\"2027-01-01\"", "").status()).isEqualTo(201);

        Api.Response dayNumber = goal("\"Grow\"", "123", "");
        assertThat(dayNumber.status()).isEqualTo(400);
        assertThat(dayNumber.field()).isEqualTo("periodStart");
        Api.Response emptyDay = goal("\"Grow\"", "\"\"", "");
        assertThat(emptyDay.status()).isEqualTo(400);
        assertThat(emptyDay.field()).isEqualTo("periodStart");
        Api.Response impossibleDay = goal("\"Grow\"", "\"2027-02-30\"", "");
        assertThat(impossibleDay.status()).isEqualTo(400);
        assertThat(impossibleDay.field()).isEqualTo("periodStart");
        Api.Response numberTitle = goal("123", "\"2027-01-01\"", "");
        assertThat(numberTitle.status()).isEqualTo(400);
        assertThat(numberTitle.field()).isEqualTo("title");
        Api.Response booleanTitle = goal("true", "\"2027-01-01\"", "");
        assertThat(booleanTitle.field()).isEqualTo("title");
        Api.Response fractionId = goal("\"Grow\"", "\"2027-01-01\"", ",\"ownerId\":1.5");
        assertThat(fractionId.status()).isEqualTo(400);
        assertThat(fractionId.field()).isEqualTo("ownerId");

        Api.Response numberYesNo = admin().post(base + "/teams", "{\"name\":\"Ops\",\"itTeam\":2}");
        assertThat(numberYesNo.status()).isEqualTo(400);
        assertThat(numberYesNo.field()).isEqualTo("itTeam");

        assertThat(admin().get(base + "/goals").json().path("totalItems").asLong())
                .isEqualTo(1);
        assertThat(admin().get(base + "/teams").text()).doesNotContain("Ops");
    }

    @Test
    void aPropertyGivenTwiceIsRefusedNotReadAsItsLastValue() {
        Api.Response twice = admin().post(
                        base + "/goals",
                        "{\"title\":\"Grow\",\"title\":\"Shrink\",\"periodStart\":\"2027-01-01\","
                                + "\"periodEnd\":\"2027-12-31\"}");

        assertThat(twice.status()).as(twice.text()).isEqualTo(400);
        assertThat(twice.json().path("detail").asString()).contains("title");
        assertThat(admin().get(base + "/goals").json().path("totalItems").asLong())
                .isZero();
    }

    @Test
    void textHoldingANumberIsStillReadAsClientsThatQuoteEveryValueSendIt() {
        Api.Response quoted = admin().post(base + "/teams", "{\"name\":\"Ops\",\"itTeam\":\"true\"}");

        assertThat(quoted.status()).as(quoted.text()).isEqualTo(201);
    }
}
