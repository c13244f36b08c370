package app.tandem.identity;

/** Signed-in people for tests that run without the identity module's database (MVC slices). */
public final class Principals {

    private Principals() {}

    /** A person who is not an instance admin, as the login form would sign them in. */
    public static TandemPrincipal person(long id, String displayName) {
        String email = displayName.toLowerCase().replace(' ', '.') + "@example.com";
        return new TandemPrincipal(id, email, displayName, "", false, true, false);
    }
}
