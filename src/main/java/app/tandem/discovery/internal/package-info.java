/** Discovery sessions' entities and repositories, the demo session, and what the workspace module's inbox and participation matrix read of sessions. */
@NullMarked
package app.tandem.discovery.internal;

import org.jspecify.annotations.NullMarked;
