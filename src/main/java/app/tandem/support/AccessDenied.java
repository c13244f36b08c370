package app.tandem.support;

/** The signed-in person may see this but not do this (for example a viewer trying to change data). */
public class AccessDenied extends DomainException {
    public AccessDenied(String message) {
        super(Kind.FORBIDDEN, message);
    }
}
