package app.tandem.support;

/** A request field holds a value the domain refuses; names the field. */
public class InvalidInput extends DomainException {
    public InvalidInput(String field, String message) {
        super(Kind.INVALID, field, message);
    }
}
