package app.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemIT;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A change of a KPI's health is published as {@link KpiHealthChanged}; an unchanged health is not. */
@RecordApplicationEvents
class KpiHealthEventsIT extends TandemIT {

    @Autowired
    Kpis kpis;

    @Autowired
    ApplicationEvents events;

    @Test
    void publishesAnEventWhenANewMeasurementChangesTheHealth() {
        String slug = "events-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Events\",\"slug\":\"" + slug + "\"}");
        long admin = admin().get("/api/v1/me").json().path("id").asLong();
        KpiView kpi = kpis.create(
                slug,
                admin,
                new KpiInput(
                        "Conversion",
                        KpiUnit.PERCENT,
                        Direction.HIGHER_IS_BETTER,
                        4.0,
                        LocalDate.of(2026, 1, 1),
                        6.0,
                        LocalDate.of(2027, 1, 1),
                        null,
                        null,
                        null,
                        null,
                        null));
        LocalDate middle = LocalDate.of(2026, 7, 2);

        kpis.record(slug, admin, kpi.id(), List.of(new MeasurementInput(middle, 5.2, null)), MeasurementSource.MANUAL);
        kpis.record(
                slug,
                admin,
                kpi.id(),
                List.of(new MeasurementInput(middle.plusDays(1), 5.3, null)),
                MeasurementSource.MANUAL);
        kpis.record(
                slug,
                admin,
                kpi.id(),
                List.of(new MeasurementInput(middle.plusDays(2), 4.2, null)),
                MeasurementSource.MANUAL);

        assertThat(events.stream(KpiHealthChanged.class).filter(e -> e.kpiId() == kpi.id()))
                .extracting(KpiHealthChanged::from, KpiHealthChanged::to)
                .containsExactly(
                        Tuple.tuple(Health.NO_DATA, Health.ON_TRACK), Tuple.tuple(Health.ON_TRACK, Health.OFF_TRACK));
        KpiHealthChanged last = events.stream(KpiHealthChanged.class)
                .filter(e -> e.kpiId() == kpi.id())
                .toList()
                .getLast();
        assertThat(last.kpiName()).isEqualTo("Conversion");
        assertThat(last.explanation()).contains("behind plan", "of the way to the target");
    }
}
