package app.tandem.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's CSRF handling (masked tokens), except that the token of a multipart request is
 * read from its header or its query string only. The default reads the {@code _csrf} parameter,
 * and asking the container for a parameter of a multipart body parses that body: every part is
 * spooled to disk, however large, before the token is even compared. So a form that uploads a
 * file sends its token in its action's query string ({@code ?_csrf=...}), and a multipart request
 * without one is refused before a byte of its body is read.
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
        return masked.resolveCsrfTokenValue(new QueryStringOnly(request), token);
    }

    /** A request whose parameters are those of its query string: its body is left unread. */
    private static final class QueryStringOnly extends HttpServletRequestWrapper {

        QueryStringOnly(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getParameter(String name) {
            String query = getQueryString();
            if (query == null) {
                return null;
            }
            try {
                for (String pair : query.split("&")) {
                    int equals = pair.indexOf('=');
                    String key = equals < 0 ? pair : pair.substring(0, equals);
                    if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                        return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a broken escape: no token, so the request is refused as one without it
            }
            return null;
        }
    }
}
