package app.tandem.discovery.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.workspace.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may change discovery sessions is checked before a request's body is read: a POST, PUT, PATCH
 * or DELETE under {@code /api/v1/workspaces/{slug}/discovery-sessions} from a person who cannot
 * change the workspace is refused (404 for a workspace they are not in, 403 for a viewer) before its
 * handler's arguments, the body among them, are resolved. The service checks again.
 */
@Configuration(proxyBeanMethods = false)
class DiscoveryApiAccess implements WebMvcConfigurer {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Workspaces workspaces;

    DiscoveryApiAccess(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Check(workspaces))
                .addPathPatterns(
                        "/api/v1/workspaces/*/discovery-sessions", "/api/v1/workspaces/*/discovery-sessions/**");
    }

    private record Check(Workspaces workspaces) implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (!CHANGES.contains(request.getMethod())) {
                return true;
            }
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                    && variables.get("slug") instanceof String slug
                    && authentication != null
                    && authentication.getPrincipal() instanceof TandemPrincipal me) {
                workspaces.accessToChange(slug, me.id());
            }
            return true;
        }
    }
}
