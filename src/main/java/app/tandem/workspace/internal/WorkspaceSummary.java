package app.tandem.workspace.internal;

import app.tandem.workspace.Role;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** A workspace in lists, with the viewer's role in it. */
@NamedInterface("administration")
public record WorkspaceSummary(long id, String slug, String name, Role role, Instant createdAt) {}
