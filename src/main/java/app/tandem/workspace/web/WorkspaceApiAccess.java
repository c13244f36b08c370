package app.tandem.workspace.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.workspace.AdminOnly;
import app.tandem.workspace.ViewerMay;
import app.tandem.workspace.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The workspace and the role are checked before a request's body is read, once for the whole API
 * under {@code /api/v1/workspaces/{slug}}: after the handler is chosen and before its arguments (the
 * body among them) are resolved, the signed-in person must be a member of the workspace {@code slug}
 * (else 404, as for a workspace that does not exist); for a POST, PUT, PATCH or DELETE they must
 * also be able to change it (a viewer gets 403), or administer it when the handler is marked {@link
 * AdminOnly}; a handler marked {@link ViewerMay} is only asked for membership. The refusals are the
 * usual problem details. A request with no signed-in person goes on (Spring Security has refused it
 * already, except where a handler checks a secret link itself, as the calendar feed does). The
 * services check again; this check only comes first, so a person who may not act learns nothing
 * from the body they sent and no work is spent on it.
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceApiAccess implements WebMvcConfigurer {

    /** The paths checked: a workspace and everything in it (not {@code /api/v1/workspaces} itself). */
    static final String[] PATHS = {"/api/v1/workspaces/*", "/api/v1/workspaces/*/**"};

    /** Before the upload checks, so that a refused upload is neither parsed nor counted. */
    static final int ORDER = UploadAccess.ORDER - 1;

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Workspaces workspaces;

    WorkspaceApiAccess(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Check(workspaces)).addPathPatterns(PATHS).order(ORDER);
    }

    /** What the person must be able to do in the workspace to call {@code handler} with {@code method}. */
    enum Needed {
        READ,
        CHANGE,
        ADMINISTER;

        static Needed of(HandlerMethod handler, String method) {
            if (handler.hasMethodAnnotation(AdminOnly.class)) {
                return ADMINISTER;
            }
            if (READS.contains(method) || handler.hasMethodAnnotation(ViewerMay.class)) {
                return READ;
            }
            return CHANGE;
        }
    }

    private record Check(Workspaces workspaces) implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (handler instanceof HandlerMethod method
                    && request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
                            instanceof Map<?, ?> variables
                    && variables.get("slug") instanceof String slug
                    && authentication != null
                    && authentication.getPrincipal() instanceof TandemPrincipal me) {
                switch (Needed.of(method, request.getMethod())) {
                    case READ -> workspaces.access(slug, me.id());
                    case CHANGE -> workspaces.accessToChange(slug, me.id());
                    case ADMINISTER -> workspaces.accessToAdminister(slug, me.id());
                }
            }
            return true;
        }
    }
}
