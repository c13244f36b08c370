/** The check-ins' pure rules: which dates a cadence gives, when a calendar must be told of a change. */
@NullMarked
package app.tandem.meeting.rules;

import org.jspecify.annotations.NullMarked;
