package app.tandem.support;

/**
 * Nobody is signed in, or the credentials sent are not valid (a revoked API token, say). Answered
 * 401 with {@code WWW-Authenticate: Bearer} by {@link Refusals}; its problem type is {@code
 * /problems/unauthenticated}, or the code given (such as {@code invalid-token}).
 */
public class Unauthenticated extends DomainException {

    private final String code;

    public Unauthenticated(String message) {
        this("unauthenticated", message);
    }

    public Unauthenticated(String code, String message) {
        super(Kind.UNAUTHENTICATED, message);
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
