package app.tandem.workspace;

import java.util.List;

/** A member of a workspace, with their role and the teams they are in. */
public record MemberView(long userId, String displayName, String email, Role role, List<String> teams, long version) {}
