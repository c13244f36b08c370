package app.tandem.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's CSRF handling (masked tokens), except that the token of a multipart request is
 * read from its header ({@code X-CSRF-TOKEN}) only. The default also reads the {@code _csrf}
 * parameter, and asking the container for a parameter of a multipart body parses that body: every
 * part is spooled to disk, however large, before the token is even compared. A token in the query
 * string would not be read from the body, but it lands in access logs and browser history. So the
 * upload forms are sent by htmx, which puts the token in the header, and a multipart request
 * without it is refused before a byte of its body is read.
 */
final class MultipartCsrfTokens implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        masked.handle(request, response, token);
    }

    @Override
    public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        String type = String.valueOf(request.getContentType()).toLowerCase();
        if (!type.startsWith("multipart/")) {
            return masked.resolveCsrfTokenValue(request, token);
        }
        return masked.resolveCsrfTokenValue(new HeaderOnly(request), token);
    }

    /** A request without parameters: its body and its query string are left unread. */
    private static final class HeaderOnly extends HttpServletRequestWrapper {

        HeaderOnly(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getParameter(String name) {
            return null;
        }
    }
}
