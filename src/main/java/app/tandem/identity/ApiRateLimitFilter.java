package app.tandem.identity;

import app.tandem.support.Refusals;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts each API call ({@code /api/**}) against its rate limit, after the token check and before
 * the role check: per API token, or per client address for a call without one. Every answer says
 * the limit in the IETF draft's {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code
 * RateLimit-Reset} (seconds until the limit is whole again) headers; a call over the limit is
 * answered 429 with {@code Retry-After} and problem details, and goes no further. A token that is
 * not valid was answered 401 already by {@link BearerTokenFilter}.
 */
final class ApiRateLimitFilter extends OncePerRequestFilter {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";

    private final RateLimits limits;
    private final Refusals refusals;

    ApiRateLimitFilter(RateLimits limits, Refusals refusals) {
        this.limits = limits;
        this.refusals = refusals;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !limits.enabled() || !path.startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = token(request);
        RateLimits.Decision decision = token == null
                ? limits.apiCallFrom(request.getRemoteAddr())
                : limits.apiCallWithToken(ApiTokens.hash(token));
        response.setHeader(LIMIT, String.valueOf(decision.limit()));
        response.setHeader(REMAINING, String.valueOf(decision.remaining()));
        response.setHeader(RESET, String.valueOf(decision.resetSeconds()));
        if (!decision.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
            refusals.answer(
                    request,
                    response,
                    new RateLimited(
                            token == null ? "a client without an API token" : "one API token",
                            decision.limit(),
                            decision.retryAfterSeconds()));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The API token the call was signed in with, none for a call without one. */
    private static @Nullable String token(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authentication == null
                || !(authentication.getPrincipal() instanceof TandemPrincipal)
                || header == null
                || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }
}
