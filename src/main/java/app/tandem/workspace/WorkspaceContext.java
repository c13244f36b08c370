package app.tandem.workspace;

/** A workspace as the signed-in person may use it: which one, and with what role. */
public record WorkspaceContext(long id, String slug, String name, long userId, Role role) {

    public boolean canChange() {
        return role.atLeast(Role.MEMBER);
    }

    public boolean canAdminister() {
        return role == Role.ADMIN;
    }
}
