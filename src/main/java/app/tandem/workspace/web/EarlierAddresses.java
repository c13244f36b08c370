package app.tandem.workspace.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.workspace.WorkspaceNotFound;
import app.tandem.workspace.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A link to a workspace under an address it had before (a bookmark, a link in a chat, an API
 * client's setting) leads there: a GET of a page or of the API under {@code /w/{old}} or {@code
 * /api/v1/workspaces/{old}} that found no workspace is answered 302 to the same address under the
 * workspace's current one, with its query, for a member of it ({@link Workspaces#movedFrom}); to
 * anyone else it stays not found. Until December 2026 every old link answered 404 (a browser walk).
 * Temporary, not permanent: another workspace may take the old address later, and then it is theirs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class EarlierAddresses implements WebMvcConfigurer {

    private static final List<String> PREFIXES = List.of("/w/", "/api/v1/workspaces/");

    private final Workspaces workspaces;

    EarlierAddresses(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.addFirst(this::toTheCurrentAddress);
    }

    private @Nullable ModelAndView toTheCurrentAddress(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
        if (!(ex instanceof WorkspaceNotFound)
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || !(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
                        instanceof Map<?, ?> variables)
                || !(variables.get("slug") instanceof String slug)) {
            return null;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof TandemPrincipal me)) {
            return null;
        }
        String context = request.getContextPath();
        String path = request.getRequestURI().substring(context.length());
        String moved = moved(path, slug, workspaces.movedFrom(slug, me.id()).orElse(null));
        if (moved == null) {
            return null;
        }
        String query = request.getQueryString();
        response.setStatus(HttpStatus.FOUND.value());
        response.setHeader(HttpHeaders.LOCATION, context + moved + (query == null ? "" : "?" + query));
        try {
            response.flushBuffer();
        } catch (IOException gone) {
            // the client went away
        }
        return new ModelAndView();
    }

    /** {@code path} with the workspace's address {@code from} put as {@code to}, or null when it has none. */
    static @Nullable String moved(String path, String from, @Nullable String to) {
        if (to == null) {
            return null;
        }
        for (String prefix : PREFIXES) {
            String old = prefix + from;
            if (path.equals(old) || path.startsWith(old + "/")) {
                return prefix + to + path.substring(old.length());
            }
        }
        return null;
    }
}
