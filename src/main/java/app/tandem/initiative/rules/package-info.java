/**
 * The initiative module's pure rules, without Spring or a database: which status changes are allowed
 * ({@link app.tandem.initiative.rules.StatusRules}), when a dependency is at risk and why ({@link
 * app.tandem.initiative.rules.DependencyRisk}), and which cycle a new dependency would close ({@link
 * app.tandem.initiative.rules.DependencyCycles}), and where the roadmap and the dependency graph draw
 * everything ({@link app.tandem.initiative.rules.RoadmapLayout}, {@link
 * app.tandem.initiative.rules.DependencyGraphLayout}).
 */
@NullMarked
package app.tandem.initiative.rules;

import org.jspecify.annotations.NullMarked;
