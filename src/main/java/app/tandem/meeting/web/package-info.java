/** Check-ins in the browser and over the REST API. */
@NullMarked
package app.tandem.meeting.web;

import org.jspecify.annotations.NullMarked;
