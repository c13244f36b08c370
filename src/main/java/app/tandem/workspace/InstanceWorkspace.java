package app.tandem.workspace;

import app.tandem.identity.UserSummary;
import java.time.Instant;
import java.util.List;

/**
 * A workspace as an instance admin sees it in the list of every workspace, whether or not they are
 * a member: how many members it has and who administers it (by name), so they know whom to ask.
 */
public record InstanceWorkspace(
        long id, String slug, String name, Instant createdAt, long members, List<UserSummary> admins) {}
