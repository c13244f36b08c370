package app.tandem.identity;

import app.tandem.support.UploadGate;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's CSRF handling (masked tokens), except for a multipart request: asking the
 * container for a parameter of a multipart body parses that body, every part spooled to disk, so
 * its token is read from the {@code X-CSRF-TOKEN} header (htmx sends it there), and from the form's
 * {@code _csrf} part (a form sent without JavaScript) only when the {@link UploadGate} lets the
 * body be parsed: an upload path of a workspace the signed-in person may change. Anyone else's body
 * is refused unread. A token in the query string is never read for a multipart request: it lands in
 * access logs and browser history.
 */
final class MultipartCsrfTokens implements CsrfTokenRequestHandler {

    /** A token part longer than this is no token: it is not read. */
    private static final int MAX_TOKEN_BYTES = 512;

    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();
    private final UploadGate gate;

    MultipartCsrfTokens(UploadGate gate) {
        this.gate = gate;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        masked.handle(request, response, token);
    }

    @Override
    public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        String type = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
        if (!type.startsWith("multipart/")) {
            return masked.resolveCsrfTokenValue(request, token);
        }
        if (request.getHeader(token.getHeaderName()) != null || !gate.mayParse(request)) {
            return masked.resolveCsrfTokenValue(new FormToken(request, token.getParameterName(), null), token);
        }
        String name = token.getParameterName();
        return masked.resolveCsrfTokenValue(new FormToken(request, name, part(request, name)), token);
    }

    /** The value of the form's part {@code name}, or null when there is none, it is too long or the body is broken. */
    private static @Nullable String part(HttpServletRequest request, String name) {
        try {
            Part part = request.getPart(name);
            if (part == null || part.getSize() > MAX_TOKEN_BYTES) {
                return null;
            }
            try (InputStream in = part.getInputStream()) {
                return new String(in.readNBytes(MAX_TOKEN_BYTES), StandardCharsets.UTF_8);
            }
        } catch (IOException | ServletException | IllegalStateException e) {
            return null; // a body over the limits or not multipart after all: no token, refused
        }
    }

    /** A request whose only parameter is the token read from the form's part (or none): the query string is left unread. */
    private static final class FormToken extends HttpServletRequestWrapper {

        private final String name;
        private final @Nullable String token;

        FormToken(HttpServletRequest request, String name, @Nullable String token) {
            super(request);
            this.name = name;
            this.token = token;
        }

        @Override
        public @Nullable String getParameter(String parameter) {
            return name.equals(parameter) ? token : null;
        }
    }
}
