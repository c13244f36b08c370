package app.tandem.support.web;

import app.tandem.support.DomainException;
import app.tandem.support.PageLayout;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

/** Domain errors in the browser UI: an error page that says what happened and where to go. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UiErrorHandler {

    private final ObjectProvider<PageLayout> layout;

    UiErrorHandler(ObjectProvider<PageLayout> layout) {
        this.layout = layout;
    }

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return errorPage(request, response, model, e.kind().status(), e.kind().title(), e.getMessage());
    }

    /**
     * An address with a word where a page's id belongs ({@code /check-ins/new}, a shortened link): no
     * such page, a 404 as for an id that names nothing. A query parameter of the wrong kind stays a 400.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String noSuchPage(
            MethodArgumentTypeMismatchException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            throw e;
        }
        DomainException.Kind notFound = DomainException.Kind.NOT_FOUND;
        return errorPage(
                request, response, model, notFound.status(), notFound.title(), "There is nothing at this address.");
    }

    /** An address whose query cannot be decoded, or an upload that cannot be parsed: a 400 page that says so. */
    @ExceptionHandler({InvalidParameterException.class, MultipartException.class})
    String unreadable(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        ProblemDetail problem = ApiProblemHandler.unreadableRequestProblem(e);
        if (problem == null) {
            throw e; // the upload limit: answered 413 elsewhere
        }
        return errorPage(request, response, model, 400, problem.getTitle(), problem.getDetail());
    }

    /** The error page, with the layout's header (an exception handler's model starts empty). */
    private String errorPage(
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            int status,
            @Nullable String error,
            @Nullable String message) {
        layout.ifAvailable(l -> l.addTo(request, model));
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("error", error);
        model.addAttribute("message", message);
        return "error";
    }
}
