package app.tandem.support;

import app.tandem.support.Problems.FieldError;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Something the user asked for cannot happen, named for what happened (subclasses such as
 * {@code WorkspaceNotFound}). The web edge turns it into RFC 9457 problem details or an error page.
 */
public abstract class DomainException extends RuntimeException {

    /** How the web edge should answer. */
    public enum Kind {
        NOT_FOUND(404, "Not found"),
        /** No one is signed in, or the API token is not valid: sign in or send a token. */
        UNAUTHENTICATED(401, "Unauthenticated"),
        CONFLICT(409, "Conflict"),
        FORBIDDEN(403, "Forbidden"),
        INVALID(400, "Invalid request"),
        /** More than a setting allows in one request (too many values, say). */
        TOO_LARGE(413, "Content too large"),
        /** More at once than a setting allows (uploads in progress, say): try again later. */
        TOO_MANY(429, "Too many requests");

        private final int status;
        private final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }

        public int status() {
            return status;
        }

        public String title() {
            return title;
        }
    }

    private final Kind kind;
    private final @Nullable String field;

    protected DomainException(Kind kind, String message) {
        this(kind, null, message);
    }

    protected DomainException(Kind kind, @Nullable String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** The request field that is wrong, when one is. */
    public @Nullable String field() {
        return field;
    }

    /**
     * Every wrong field with what is wrong with it: the one {@link #field()} names, none when no
     * field does; {@link InvalidInputs} lists several.
     */
    public List<FieldError> fieldErrors() {
        return field == null ? List.of() : List.of(new FieldError(field, String.valueOf(getMessage())));
    }

    /**
     * Whether this is about access rather than about a value the person typed: forbidden, or
     * something not found that no field names (a workspace, a record). Forms show field problems
     * beside the field; access problems get the 403 or 404 page.
     */
    public boolean isAccessProblem() {
        return kind == Kind.FORBIDDEN || (kind == Kind.NOT_FOUND && field == null);
    }

    /**
     * Further members of the problem details, such as the limit a request went over; none unless a
     * subclass names some.
     */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** Short, stable code for the problem type, e.g. {@code workspace-not-found}. */
    public String code() {
        // NotAReviewer: not-a-reviewer (a capital word of one letter is a word too)
        return getClass()
                .getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1-$2")
                .replaceAll("([A-Z])([A-Z][a-z])", "$1-$2")
                .toLowerCase();
    }
}
