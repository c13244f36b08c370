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
 * password link, or when the account is gone. The session is invalidated and the browser sent to
 * the sign-in page, which says why. Checked on every page request (one read of the person's password
 * hash by id) on every node, whichever store keeps the sessions; style sheets, scripts and icons are
 * not checked.
 */
final class SignedInWithCurrentPassword extends OncePerRequestFilter {

    /** Where a session that ended so goes: the sign-in page, saying why. */
    static final String ENDED = "/login?ended";

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
        if (signedIn != null && signedIn.getPrincipal() instanceof TandemPrincipal me && !current(me)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + ENDED);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean current(TandemPrincipal me) {
        Optional<String> hash = users.passwordHashOf(me.id());
        return hash.isPresent() && TandemPrincipal.stampOf(hash.get()).equals(me.credentialsStamp());
    }
}
