package app.tandem.support.web;

import app.tandem.support.InvalidInput;
import app.tandem.support.Refusals;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * An API address with an id left out ({@code …/webhooks/4/deliveries//redeliver}, a client that
 * filled a path from an empty variable) is refused naming the id, as a wrong id is. Spring Security's
 * firewall refuses every address with an empty part before any controller, and answered a 400 that
 * named nothing (an API review, December 2026). This handler of its refusals finds the operation the
 * address would be with an id there, and answers 400 with problem details whose {@code field} is that
 * path variable's name, as the API document names it; any other refusal, and a page's, are answered as
 * before.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class EmptyPathIds implements RequestRejectedHandler {

    /** What an empty part of the path is read as, to be found among the variables a pattern gives. */
    private static final String LEFT_OUT = "~left-out~";

    private final RequestRejectedHandler otherwise = new HttpStatusRequestRejectedHandler();
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final ObjectProvider<Refusals> refusals;

    EmptyPathIds(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings,
            ObjectProvider<Refusals> refusals) {
        this.mappings = mappings;
        this.refusals = refusals;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refused)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        RequestMappingHandlerMapping handlers = mappings.getIfAvailable();
        String variable = path.startsWith("/api/") && handlers != null
                ? leftOut(
                        path, request.getMethod(), handlers.getHandlerMethods().keySet())
                : null;
        if (variable == null) {
            otherwise.handle(request, response, refused);
            return;
        }
        refusals.getObject()
                .answer(
                        request,
                        response,
                        new InvalidInput(
                                variable,
                                "Nothing is between two slashes where the address needs the " + variable + "."));
    }

    /**
     * The name of the path variable an address leaves empty ({@code //} in it), from the first operation
     * of {@code method} that matches with something there, or else of any method; null when it has no
     * empty part between two others or no operation matches.
     */
    static @Nullable String leftOut(String path, String method, Set<RequestMappingInfo> operations) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (!trimmed.contains("//") || trimmed.length() > 2_000) {
            return null;
        }
        String filled = trimmed;
        while (filled.contains("//")) {
            filled = filled.replace("//", "/" + LEFT_OUT + "/");
        }
        PathContainer address = PathContainer.parsePath(filled);
        String anyMethod = null;
        for (RequestMappingInfo operation : operations) {
            if (operation.getPathPatternsCondition() == null) {
                continue;
            }
            for (PathPattern pattern : operation.getPathPatternsCondition().getPatterns()) {
                PathPattern.PathMatchInfo match = pattern.matchAndExtract(address);
                String variable = match == null ? null : leftOutIn(match.getUriVariables());
                if (variable == null) {
                    continue;
                }
                Set<RequestMethod> methods = operation.getMethodsCondition().getMethods();
                if (methods.isEmpty() || methods.stream().anyMatch(m -> m.name().equals(method))) {
                    return variable;
                }
                anyMethod = anyMethod == null ? variable : anyMethod;
            }
        }
        return anyMethod;
    }

    private static @Nullable String leftOutIn(Map<String, String> variables) {
        return variables.entrySet().stream()
                .filter(v -> v.getValue().equals(LEFT_OUT))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }
}
