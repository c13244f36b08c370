package app.tandem.support;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a browser's multipart upload may be parsed to find its CSRF token in the form (a form sent
 * without JavaScript carries it there, not in a header): only when its path is an {@link
 * UploadPath} and the signed-in person may change the workspace the path names. Anyone else's body
 * is refused unread. The workspace module answers; with no gate, no body is parsed for its token.
 */
@FunctionalInterface
public interface UploadGate {

    boolean mayParse(HttpServletRequest request);
}
