/** Routing: rules per team that send a new insight to the teams that can act on it, and each team's inbox (acknowledge, close). */
@NullMarked
package app.tandem.insight.routing;

import org.jspecify.annotations.NullMarked;
