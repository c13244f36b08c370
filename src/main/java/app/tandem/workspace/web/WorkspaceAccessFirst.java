package app.tandem.workspace.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.support.DomainException;
import app.tandem.support.Refusals;
import app.tandem.workspace.AdminOnly;
import app.tandem.workspace.ViewerMay;
import app.tandem.workspace.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The workspace and the role are checked before a request's body is read, once for the whole API
 * under {@code /api/v1/workspaces/{slug}} and for every form posted to the pages under {@code
 * /w/{slug}}: after the handler is chosen and before its arguments (the body or the form among them)
 * are resolved, the signed-in person must be a member of the workspace {@code slug} (else 404, as for
 * a workspace that does not exist); for a POST, PUT, PATCH or DELETE they must also be able to change
 * it (a viewer gets 403), or administer it when the handler is marked {@link AdminOnly}; a handler
 * marked {@link ViewerMay} is only asked for membership. The refusals are the usual problem details
 * for the API and the error page for a browser. A request with no signed-in person goes on (Spring
 * Security has refused it already, except where a handler checks a secret link itself, as the
 * calendar feed does). A page that is only read is checked by its controller, as before: the
 * interceptor asks nothing of a GET to a page. The services check again; this check only comes
 * first, so a person who may not act learns nothing from the body they sent (no form comes back
 * with its errors) and no work is spent on it.
 *
 * <p>The same check comes first when Spring MVC refuses a request before any handler is chosen
 * because no handler reads its body's type (415): a viewer who sends a CSV upload as {@code
 * text/plain} is told they may not change the workspace, as with the right type, and someone who
 * is not a member that there is no such workspace, before what the type should have been.
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceAccessFirst implements WebMvcConfigurer {

    /** The API's paths checked: a workspace and everything in it (not {@code /api/v1/workspaces} itself). */
    static final String[] API = {"/api/v1/workspaces/*", "/api/v1/workspaces/*/**"};

    /** The pages' paths checked: a workspace's pages (their forms). */
    static final String[] PAGES = {"/w/*", "/w/*/**"};

    /** Before the upload checks, so that a refused upload is neither parsed nor counted. */
    static final int ORDER = UploadAccess.ORDER - 1;

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Workspaces workspaces;
    private final ObjectProvider<Refusals> refusals;

    WorkspaceAccessFirst(Workspaces workspaces, ObjectProvider<Refusals> refusals) {
        this.workspaces = workspaces;
        this.refusals = refusals;
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        // (a slice of the web layer in a test may have no Refusals: Spring MVC's own answer stands)
        refusals.ifAvailable(answer -> resolvers.addFirst(new BeforeUnsupportedType(workspaces, answer)));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Check(workspaces, true))
                .addPathPatterns(API)
                .order(ORDER);
        registry.addInterceptor(new Check(workspaces, false))
                .addPathPatterns(PAGES)
                .order(ORDER);
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

    /**
     * A 415 found before any handler was chosen: the workspace and the role are checked first, as
     * a change (a read for GET and the like); a refusal is answered instead, anything else left to
     * the usual resolvers.
     */
    private record BeforeUnsupportedType(Workspaces workspaces, Refusals refusals) implements HandlerExceptionResolver {

        private static final List<PathPattern> PATHS = Stream.concat(Arrays.stream(API), Arrays.stream(PAGES))
                .map(path -> PathPatternParser.defaultInstance.parse(path.replaceFirst("\\*", "{slug}")))
                .toList();

        @Override
        public @Nullable ModelAndView resolveException(
                HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
            if (handler != null || !(ex instanceof HttpMediaTypeNotSupportedException)) {
                return null;
            }
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !(authentication.getPrincipal() instanceof TandemPrincipal me)) {
                return null;
            }
            PathContainer path = PathContainer.parsePath(
                    request.getRequestURI().substring(request.getContextPath().length()));
            for (PathPattern pattern : PATHS) {
                PathPattern.PathMatchInfo match = pattern.matchAndExtract(path);
                if (match != null && match.getUriVariables().get("slug") instanceof String slug) {
                    try {
                        if (READS.contains(request.getMethod())) {
                            workspaces.access(slug, me.id());
                        } else {
                            workspaces.accessToChange(slug, me.id());
                        }
                    } catch (DomainException refused) {
                        try {
                            refusals.answer(request, response, refused);
                        } catch (IOException gone) {
                            return null; // the client went away: the usual resolvers try
                        }
                        return new ModelAndView();
                    }
                    return null;
                }
            }
            return null;
        }
    }

    /** The check; {@code reads}: whether a read is checked too (the API's), not only a change. */
    private record Check(Workspaces workspaces, boolean reads) implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (!reads && READS.contains(request.getMethod())) {
                return true;
            }
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
