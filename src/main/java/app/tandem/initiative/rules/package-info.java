/**
 * The initiative module's pure rules, without Spring or a database: which status changes are allowed
 * ({@link app.tandem.initiative.rules.StatusRules}), when a dependency is at risk and why ({@link
 * app.tandem.initiative.rules.DependencyRisk}), and which cycle a new dependency would close ({@link
 * app.tandem.initiative.rules.DependencyCycles}).
 */
@NullMarked
package app.tandem.initiative.rules;

import org.jspecify.annotations.NullMarked;
