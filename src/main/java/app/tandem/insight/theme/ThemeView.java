package app.tandem.insight.theme;

import java.time.Instant;

/**
 * A theme as lists and the API show it: its insights counted, their reach added up; {@code version}
 * moves on with every change to it (a rename, insights moved in or out), and a rename sends it back.
 */
public record ThemeView(
        long id, String name, long insightCount, long totalReach, Instant createdAt, Instant updatedAt, long version) {}
