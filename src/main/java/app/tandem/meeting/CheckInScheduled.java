package app.tandem.meeting;

import java.time.Instant;

/** A check-in was scheduled: a cadence generated it (outgoing webhooks tell of it). */
public record CheckInScheduled(long workspaceId, long checkInId, long cadenceId, String title, Instant startsAt) {}
