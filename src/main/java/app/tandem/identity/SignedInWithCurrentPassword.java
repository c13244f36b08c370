package app.tandem.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in browser session whose password is no longer the person's: after a change on the
 * account page (the browser that made it is signed in again with the new one), a reset through a
 * password link, when the account is gone, or when an instance admin deactivated it (the sign-in
 * page then says so). The session is invalidated and the browser sent to
 * the sign-in page, which says why. Checked on every page request (one read of the person's password
 * hash by id) on every node, whichever store keeps the sessions; style sheets, scripts and icons are
 * not checked.
 */
final class SignedInWithCurrentPassword extends OncePerRequestFilter {

    /** Where a session that ended so goes: the sign-in page, saying why. */
    static final String ENDED = "/login?ended";

    /** Where the session of an account an instance admin deactivated goes. */
    static final String DEACTIVATED = "/login?deactivated";

    private final UserRepository users;

    SignedInWithCurrentPassword(UserRepository users) {
        this.users = users;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/webjars/")
                || path.startsWith("/favicon.");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof TandemPrincipal me) {
            Optional<UserRepository.Signing> now = users.signingOf(me.id());
            boolean deactivated = now.isPresent() && !now.get().active();
            if (deactivated || !current(me, now)) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + (deactivated ? DEACTIVATED : ENDED));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean current(TandemPrincipal me, Optional<UserRepository.Signing> now) {
        return now.isPresent()
                && TandemPrincipal.stampOf(now.get().passwordHash()).equals(me.credentialsStamp());
    }
}
