package app.tandem.insight.theme;

import java.time.Instant;

/** A theme as lists and the API show it: its insights counted, their reach added up. */
public record ThemeView(
        long id, String name, long insightCount, long totalReach, Instant createdAt, Instant updatedAt) {}
