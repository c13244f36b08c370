package app.tandem.identity;

import app.tandem.support.DomainException;

/**
 * An API token made for one workspace was sent to an address outside it (another workspace, the
 * instance's administration, the person's tokens): 403, naming the workspace it works in.
 */
final class TokenScopeExceeded extends DomainException {

    TokenScopeExceeded(String workspaceSlug) {
        super(
                Kind.FORBIDDEN,
                "This API token works only in the workspace at /api/v1/workspaces/" + workspaceSlug
                        + "/ (and for GET /api/v1/me and the API document). Use a token made for all your workspaces, or for"
                        + " this one.");
    }
}
