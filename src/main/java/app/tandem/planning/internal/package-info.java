/** The planning module's storage and loading: settings, snapshots, and the plan's input read from the other modules. */
@NullMarked
package app.tandem.planning.internal;

import org.jspecify.annotations.NullMarked;
