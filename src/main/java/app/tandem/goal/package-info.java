/**
 * Business goals (with sub-goals) shared by several teams, the KPIs that measure them, their
 * dated measurements, and each KPI's health: on track, at risk or off track from the pace toward
 * its target, or a guardrail breached. {@link app.tandem.goal.Goals} and {@link app.tandem.goal.Kpis}
 * are the module's API; {@link app.tandem.goal.KpiHealthChanged} tells other modules when a KPI's
 * health moves. Everything else lives in sub-packages no other module may use: {@code web}
 * (pages, forms and the REST API), {@code internal} (entities, repositories, demo data), {@code
 * health} (the pure health rules) and {@code csv} (the measurement CSV parser).
 */
@ApplicationModule(allowedDependencies = {"workspace", "identity", "support", "support :: export"})
@NullMarked
package app.tandem.goal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
