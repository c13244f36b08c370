/** A KPI's health from its latest measurement: the pure rules and their configurable thresholds. */
@NullMarked
package app.tandem.goal.health;

import org.jspecify.annotations.NullMarked;
