package app.tandem.support.web;

import app.tandem.support.BodyLimits;
import app.tandem.support.Refusals;
import app.tandem.support.TooManyUploads;
import app.tandem.support.UploadPath;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * At most {@code tandem.http.max-uploads-at-once} uploads (POSTs to an {@link UploadPath}) per
 * signed-in person at the same time, counted from before the body is read until the answer; one
 * more is refused with {@link TooManyUploads}: 429 with {@code Retry-After}, problem details for
 * the API and JSON clients, the error page saying it for a browser. Runs after the workspace check
 * (workspace.web's UploadAccess, order 0), so a refused upload takes no place. The count is per
 * node: behind a load balancer each node allows as many.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UploadQuota implements WebMvcConfigurer {

    /** How long a refused client is asked to wait, in seconds. */
    static final int RETRY_AFTER_SECONDS = 10;

    private static final String COUNTED = UploadQuota.class.getName() + ".counted";

    private final int maxAtOnce;
    private final List<String> paths;
    private final Refusals refusals;
    private final Map<String, Integer> inProgress = new ConcurrentHashMap<>();

    // the JSON mapper rather than the Refusals bean: this configuration is part of every MVC test
    // slice, which holds no plain components
    UploadQuota(BodyLimits limits, ObjectProvider<UploadPath> uploads, JsonMapper json) {
        this.maxAtOnce = limits.maxUploadsAtOnce();
        this.paths = uploads.orderedStream().map(UploadPath::pattern).toList();
        this.refusals = new Refusals(json);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (!paths.isEmpty()) {
            registry.addInterceptor(new Count()).addPathPatterns(paths).order(1);
        }
    }

    /** How many uploads of {@code person} (their sign-in name) are in progress on this node. */
    int inProgress(String person) {
        return inProgress.getOrDefault(person, 0);
    }

    private final class Count implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws IOException {
            String person = person(request);
            if (person == null) {
                return true;
            }
            boolean[] admitted = {false};
            inProgress.compute(person, (key, count) -> {
                int now = count == null ? 0 : count;
                admitted[0] = now < maxAtOnce;
                return admitted[0] ? now + 1 : count;
            });
            if (!admitted[0]) {
                refuse(request, response, new TooManyUploads(maxAtOnce, RETRY_AFTER_SECONDS));
                return false;
            }
            request.setAttribute(COUNTED, person);
            return true;
        }

        @Override
        public void afterCompletion(
                HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception ex) {
            if (request.getAttribute(COUNTED) instanceof String person) {
                request.removeAttribute(COUNTED);
                inProgress.computeIfPresent(person, (key, count) -> count <= 1 ? null : count - 1);
            }
        }
    }

    private static @Nullable String person(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, TooManyUploads refusal)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfter()));
        refusals.answer(request, response, refusal);
    }
}
