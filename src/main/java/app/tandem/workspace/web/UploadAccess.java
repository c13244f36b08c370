package app.tandem.workspace.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.support.DomainException;
import app.tandem.support.UploadGate;
import app.tandem.support.UploadPath;
import app.tandem.workspace.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may upload is checked before the upload is read: on every {@link UploadPath} (the import
 * paths, {@code /w/{slug}/...} and {@code /api/v1/workspaces/{slug}/...}), the signed-in person
 * must be able to change the workspace {@code slug}, else the request is refused (404 for a
 * workspace they are not in, 403 for a viewer) before its handler's arguments are resolved, which
 * is when a multipart body is parsed and its parts spooled to disk ({@code
 * spring.servlet.multipart.resolve-lazily}). The handlers check again; this check only comes
 * first.
 *
 * <p>The same check is the {@link UploadGate} of the CSRF filter, which comes earlier still: a form
 * sent without JavaScript has its token in the body, parsed only for a person who may change the
 * workspace the path names, or, on an upload path of the instance ({@code /admin/...}, no workspace
 * in it), for an instance admin.
 */
@Configuration(proxyBeanMethods = false)
class UploadAccess implements WebMvcConfigurer {

    /** Before the upload quota, so that a refused upload does not count. */
    static final int ORDER = 0;

    private final Workspaces workspaces;
    private final List<String> paths;

    UploadAccess(Workspaces workspaces, ObjectProvider<UploadPath> uploads) {
        this.workspaces = workspaces;
        this.paths = uploads.orderedStream().map(UploadPath::pattern).toList();
    }

    /** An upload path with the workspace's slug in place of its first {@code *}, to read the slug before Spring MVC does. */
    @Bean
    UploadGate uploadGate() {
        PathPatternParser parser = new PathPatternParser();
        List<PathPattern> patterns = paths.stream()
                .map(path -> parser.parse(path.replaceFirst("\\*", "{slug}")))
                .toList();
        return request -> {
            if (!"POST".equals(request.getMethod())) {
                return false;
            }
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !(authentication.getPrincipal() instanceof TandemPrincipal me)) {
                return false;
            }
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            for (PathPattern pattern : patterns) {
                PathPattern.PathMatchInfo match = pattern.matchAndExtract(PathContainer.parsePath(path));
                if (match != null && match.getUriVariables().get("slug") instanceof String slug) {
                    try {
                        workspaces.accessToChange(slug, me.id());
                        return true;
                    } catch (DomainException e) {
                        return false; // not a member, or a viewer: the body stays unread
                    }
                }
                if (match != null) {
                    return me.instanceAdmin(); // an upload to the instance (/admin/...): only an instance admin's is
                    // read
                }
            }
            return false;
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (!paths.isEmpty()) {
            registry.addInterceptor(new Check(workspaces))
                    .addPathPatterns(paths)
                    .order(ORDER);
        }
    }

    private record Check(Workspaces workspaces) implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (!"POST".equals(request.getMethod())) {
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
