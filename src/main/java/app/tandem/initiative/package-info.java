/**
 * Initiatives: work any team proposes (a campaign, a feature, an infrastructure change...), with one
 * accountable owner, contributors with a RACI role, dates, effort per team, a confidence and a status
 * whose every change is kept; and typed dependencies between initiatives, refused when they would
 * close a cycle and at risk, with the reason in words, when a hand-off comes too late; the IT review
 * of features, infrastructure and campaigns with a landing page or form (committing one without it
 * is asked first and kept, so the plan can list it as a conflict), and a feature's five
 * information-design steps tied to user goals. {@link app.tandem.initiative.Initiatives} and {@link
 * app.tandem.initiative.InitiativeReviews} are the module's API; its events tell other modules when
 * work is proposed, committed, moves, or a hand-off is delivered. {@link
 * app.tandem.initiative.InitiativeLinks} links an initiative to the business goals it serves (with a
 * KPI contribution), the user goals it helps or hurts, the insights that back it and the journey
 * stages and pain points it addresses; the goal, persona, insight and journey modules show those
 * links through interfaces they declare and this module implements, so they do not depend on it.
 * Everything else lives in sub-packages no other module may use: {@code rules} (the pure status,
 * risk and cycle rules), {@code internal} (entities, repositories) and {@code web} (the REST API).
 */
@ApplicationModule(
        allowedDependencies = {
            "goal",
            "persona",
            "insight",
            "journey",
            "workspace",
            "identity",
            "support",
            "support :: export"
        })
@NullMarked
package app.tandem.initiative;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
