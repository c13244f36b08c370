/** The check-ins' entities and repositories, and their demo data; used only by the module. */
@NullMarked
package app.tandem.meeting.internal;

import org.jspecify.annotations.NullMarked;
