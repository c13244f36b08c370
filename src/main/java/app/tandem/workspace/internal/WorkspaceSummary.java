package app.tandem.workspace.internal;

import app.tandem.workspace.Role;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * A workspace in lists, with the viewer's role in it; {@code version} moves on with every rename or
 * new slug, and a change of either sends it back.
 */
@NamedInterface("administration")
public record WorkspaceSummary(long id, String slug, String name, Role role, Instant createdAt, long version) {}
