package app.tandem.meeting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.meeting.agenda.AgendaEntry;
import app.tandem.meeting.agenda.AgendaSection;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaMergeTest {

    private static AgendaEntry entry(AgendaSection section, String title, String detail) {
        return new AgendaEntry(section, title, detail, "/w/b/x/" + title.length(), null);
    }

    private static final AgendaEntry KPI =
            entry(AgendaSection.KPI_HEALTH, "Week-1 retention is off track", "was at risk");
    private static final AgendaEntry LATE =
            entry(AgendaSection.INITIATIVES_AT_RISK, "Landing page became late", "due 3 March");
    private static final AgendaEntry DUE = entry(AgendaSection.DECISIONS_DUE, "Premium tier: go or not", "due 1 April");

    @Test
    void keepsWhatPeopleAddedAndWherePeoplePutGeneratedItems() {
        AgendaMerge.Result result = AgendaMerge.merge(
                List.of(
                        new AgendaMerge.Existing(3, AgendaMerge.key(LATE), false),
                        new AgendaMerge.Existing(7, null, false),
                        new AgendaMerge.Existing(1, AgendaMerge.key(KPI), false)),
                List.of(
                        KPI,
                        entry(AgendaSection.INITIATIVES_AT_RISK, "Landing page became late", "due 10 March"),
                        DUE));
        assertThat(result.order()).extracting(AgendaMerge.Place::id).containsExactly(3L, 7L, 1L, null);
        assertThat(result.order().get(0).entry().detail()).isEqualTo("due 10 March");
        assertThat(result.order().get(1).entry()).isNull();
        assertThat(result.order().get(3).entry()).isEqualTo(DUE);
        assertThat(result.deleted()).isEmpty();
    }

    @Test
    void whatPeopleRemovedStaysRemovedAndWhatIsNoLongerTrueGoes() {
        AgendaMerge.Result result = AgendaMerge.merge(
                List.of(
                        new AgendaMerge.Existing(1, AgendaMerge.key(KPI), true),
                        new AgendaMerge.Existing(2, AgendaMerge.key(LATE), false),
                        new AgendaMerge.Existing(4, null, true)),
                List.of(KPI));
        assertThat(result.order()).isEmpty();
        assertThat(result.deleted()).containsExactly(2L);
    }

    @Test
    void nothingChangedGivesAnEmptyAgenda() {
        AgendaMerge.Result result = AgendaMerge.merge(List.of(), List.of());
        assertThat(result.order()).isEmpty();
        assertThat(result.deleted()).isEmpty();
    }

    @Test
    void anItemWhoseCountChangedIsTheSameItem() {
        AgendaEntry before = new AgendaEntry(
                AgendaSection.NEW_INSIGHTS, "7 new insights since the last check-in", null, "/w/b/insights", null);
        AgendaEntry now = new AgendaEntry(
                AgendaSection.NEW_INSIGHTS, "12 new insights since the last check-in", null, "/w/b/insights", null);
        AgendaMerge.Result result =
                AgendaMerge.merge(List.of(new AgendaMerge.Existing(5, AgendaMerge.key(before), false)), List.of(now));
        assertThat(result.order()).containsExactly(new AgendaMerge.Place(5L, now));
        assertThat(result.deleted()).isEmpty();
    }

    @Test
    void aKpiWhoseHealthChangedAgainIsTheSameItemAndARemovedOneStaysRemoved() {
        AgendaEntry atRisk =
                new AgendaEntry(AgendaSection.KPI_HEALTH, "Retention: on track → at risk", null, "/w/b/kpis/4", null);
        AgendaEntry offTrack =
                new AgendaEntry(AgendaSection.KPI_HEALTH, "Retention: at risk → off track", null, "/w/b/kpis/4", null);
        AgendaEntry removedBefore =
                new AgendaEntry(AgendaSection.KPI_HEALTH, "Signups: on track → at risk", null, "/w/b/kpis/9", null);
        AgendaEntry removedNow =
                new AgendaEntry(AgendaSection.KPI_HEALTH, "Signups: at risk → off track", null, "/w/b/kpis/9", null);
        AgendaMerge.Result result = AgendaMerge.merge(
                List.of(
                        new AgendaMerge.Existing(1, AgendaMerge.key(atRisk), false),
                        new AgendaMerge.Existing(2, AgendaMerge.key(removedBefore), true)),
                List.of(offTrack, removedNow));
        assertThat(result.order()).containsExactly(new AgendaMerge.Place(1L, offTrack));
        assertThat(result.deleted()).isEmpty();
    }

    @Test
    void entriesThatShareALinkAreMatchedByTitleAndNoneIsLost() {
        AgendaEntry week12 = new AgendaEntry(
                AgendaSection.PLAN, "IT is over capacity in week 12", "Open conflict", "/w/b/plan", null);
        AgendaEntry week13 = new AgendaEntry(
                AgendaSection.PLAN, "IT is over capacity in week 13", "Open conflict", "/w/b/plan", null);
        AgendaEntry missing =
                new AgendaEntry(AgendaSection.PLAN, "“Landing page” has no business goal", null, "/w/b/plan", null);
        AgendaMerge.Result result = AgendaMerge.merge(
                List.of(
                        new AgendaMerge.Existing(8, AgendaMerge.key(week13), false),
                        new AgendaMerge.Existing(9, AgendaMerge.key(missing), false)),
                List.of(week12, week13));
        assertThat(result.order())
                .containsExactly(new AgendaMerge.Place(8L, week13), new AgendaMerge.Place(null, week12));
        assertThat(result.deleted())
                .as("the conflict that is gone goes, though another entry has its link")
                .containsExactly(9L);
    }
}
