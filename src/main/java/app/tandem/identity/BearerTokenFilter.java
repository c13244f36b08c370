package app.tandem.identity;

import app.tandem.support.Refusals;
import app.tandem.support.Unauthenticated;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} on the API chain. A presented but unknown,
 * revoked or expired token is answered with 401 at once, saying which; a read-only token sent with a
 * method that changes things, with 403 {@code read-only-token}; a token made for one workspace sent
 * anywhere else ({@link ApiTokens#outsideScope}), with 403 {@code token-scope-exceeded}. No header leaves the request
 * anonymous, and the chain answers 401 if the endpoint needs a person.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    /** What a read-only token may send: the methods that change nothing. */
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiTokens tokens;
    private final Refusals refusals;

    BearerTokenFilter(ApiTokens tokens, Refusals refusals) {
        this.tokens = tokens;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = header.substring(7).strip();
        ApiTokens.Presented presented = secret.isEmpty()
                ? new ApiTokens.Presented.Refused("The API token is not valid or was revoked.")
                : tokens.authenticate(secret);
        if (presented instanceof ApiTokens.Presented.Refused(String reason)) {
            refusals.answer(request, response, new Unauthenticated("invalid-token", reason));
            return;
        }
        ApiTokens.Presented.Valid valid = (ApiTokens.Presented.Valid) presented;
        if (valid.readOnly() && !READING.contains(request.getMethod())) {
            // refused before anything reads the body, as a viewer's change is
            refusals.answer(request, response, new ReadOnlyToken(request.getMethod()));
            return;
        }
        Long workspaceId = valid.workspaceId();
        if (workspaceId != null) {
            // a token for one workspace: refused anywhere else before anything reads the body
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            Optional<String> outside = tokens.outsideScope(workspaceId, request.getMethod(), path);
            if (outside.isPresent()) {
                refusals.answer(request, response, new TokenScopeExceeded(outside.get()));
                return;
            }
        }
        TandemPrincipal me = valid.person();
        me.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
