/**
 * Check-ins as iCalendar (RFC 5545), written with ical4j: one event per check-in with a stable UID, a
 * SEQUENCE raised when its time or place changes, and a cancelled check-in sent as cancelled.
 */
@NullMarked
package app.tandem.meeting.calendar;

import org.jspecify.annotations.NullMarked;
