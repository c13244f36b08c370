package app.tandem.webhook;

import app.tandem.support.DomainException;

/**
 * The URL cannot be a webhook's target: not http or https, a name that does not resolve, or an
 * address on loopback or a private network while the instance does not allow those (server-side
 * request forgery). Names the field {@code url}.
 */
public class TargetRefused extends DomainException {

    public TargetRefused(String message) {
        super(Kind.INVALID, "url", message);
    }
}
