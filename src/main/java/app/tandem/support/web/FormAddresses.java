package app.tandem.support.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A page's form address opened as a page leads to the page the form is on. A form that fails shows
 * itself again at the address it was sent to ({@code /w/budgetly/discovery/2/decisions}), and that
 * address, reloaded from the address bar, bookmarked or shared, only takes a form: it answered "405
 * Method Not Allowed" (a browser walk, December 2026). A GET of a workspace page's address that takes
 * no GET is now sent to the address one step up ({@code /w/budgetly/discovery/2}), and on up while that
 * takes none either. The API keeps its 405.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class FormAddresses implements WebMvcConfigurer {

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.addFirst(FormAddresses::toThePage);
    }

    static @Nullable ModelAndView toThePage(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
        if (!(ex instanceof HttpRequestMethodNotSupportedException)
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return null;
        }
        String context = request.getContextPath();
        String path = request.getRequestURI().substring(context.length());
        String up = up(path);
        if (up == null) {
            return null;
        }
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, context + up);
        try {
            response.flushBuffer();
        } catch (IOException gone) {
            // the browser went away
        }
        return new ModelAndView();
    }

    /** The address one step up from a workspace page's address, or null for any other. */
    static @Nullable String up(String path) {
        if (!path.startsWith("/w/")) {
            return null;
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int last = trimmed.lastIndexOf('/');
        // (/w/{slug} itself takes a GET; nothing above it is a page of the workspace)
        if (last <= "/w/".length() || trimmed.indexOf('/', "/w/".length()) < 0) {
            return null;
        }
        return trimmed.substring(0, last);
    }
}
