/** The pure rules of a discovery session: overlaps, conflicts and trade-offs of the teams' statements, and the warnings about who is there. */
@NullMarked
package app.tandem.discovery.rules;

import org.jspecify.annotations.NullMarked;
