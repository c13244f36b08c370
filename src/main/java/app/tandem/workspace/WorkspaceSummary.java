package app.tandem.workspace;

import java.time.Instant;

/** A workspace in lists, with the viewer's role in it. */
public record WorkspaceSummary(long id, String slug, String name, Role role, Instant createdAt) {}
