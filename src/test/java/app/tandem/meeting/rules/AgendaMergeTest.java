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
}
