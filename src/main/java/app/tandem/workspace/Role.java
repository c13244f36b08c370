package app.tandem.workspace;

/** What a member may do in a workspace. */
public enum Role {
    /** Reads everything, changes nothing. */
    VIEWER,
    /** Reads and changes the workspace's content. */
    MEMBER,
    /** Also manages members, teams and the workspace itself. */
    ADMIN;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
