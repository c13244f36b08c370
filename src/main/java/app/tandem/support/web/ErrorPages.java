package app.tandem.support.web;

import app.tandem.support.DomainException;
import app.tandem.support.PageLayout;
import app.tandem.support.Problems;
import app.tandem.support.Refusals;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error path ({@code /error}) that the servlet container sends a request to when nothing else
 * answered its error: an exception thrown by a filter (the API token check, say), a 404 for a path
 * no controller serves, 405 or 415 found before any controller was chosen. For {@code /api/**} it
 * answers RFC 9457 problem details like {@link ApiProblemHandler}, with a generic detail for a 500;
 * for pages it is Spring Boot's error page as before. Registered in place of Boot's own
 * {@code BasicErrorController} by {@link ErrorPagesConfiguration}.
 */
class ErrorPages extends BasicErrorController {

    private final ErrorAttributes errorAttributes;
    private final JsonMapper json;
    private final ObjectProvider<PageLayout> layout;

    ErrorPages(
            ErrorAttributes errorAttributes,
            WebProperties web,
            List<ErrorViewResolver> resolvers,
            JsonMapper json,
            ObjectProvider<PageLayout> layout) {
        super(errorAttributes, web.getError(), resolvers);
        this.errorAttributes = errorAttributes;
        this.json = json;
        this.layout = layout;
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!isApi(request)) {
            ModelAndView page = super.errorHtml(request, response);
            if (request.getAttribute(Refusals.ATTRIBUTE) instanceof DomainException refusal && page != null) {
                // Boot leaves the message out of error pages; this one is ours and says the limit
                page.addObject("message", refusal.getMessage());
                page.addObject("error", refusal.kind().title());
            }
            ProblemDetail unreadable = ApiProblemHandler.unreadableRequestProblem(
                    errorAttributes.getError(new ServletWebRequest(request)));
            if (unreadable != null && page != null) {
                page.addObject("message", unreadable.getDetail());
                page.addObject("error", unreadable.getTitle());
            }
            if (page != null) {
                // the header of every page: the person, their workspaces, "My work", signing out
                ExtendedModelMap header = new ExtendedModelMap();
                layout.ifAvailable(l -> l.addTo(request, header));
                header.forEach((name, value) -> {
                    if (!page.getModel().containsKey(name)) {
                        page.addObject(name, value);
                    }
                });
            }
            return page;
        }
        ProblemDetail problem = problem(request);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        try {
            response.getOutputStream().write(json.writeValueAsBytes(problem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (!isApi(request)) {
            return super.error(request);
        }
        ProblemDetail problem = problem(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null
                ? ""
                : uri.toString().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    /**
     * 400 for a request whose parameters or multipart body could not be read, met before any controller
     * (a filter asked for a parameter): the container had set 500.
     */
    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        if (ApiProblemHandler.unreadableRequestProblem(errorAttributes.getError(new ServletWebRequest(request)))
                != null) {
            return HttpStatus.BAD_REQUEST;
        }
        return super.getStatus(request);
    }

    private ProblemDetail problem(HttpServletRequest request) {
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        if (causedBy(error, OptimisticLockingFailureException.class)) {
            return ApiProblemHandler.concurrentChange();
        }
        ProblemDetail unreadable = ApiProblemHandler.unreadableRequestProblem(error);
        if (unreadable != null) {
            return unreadable;
        }
        HttpStatus status = getStatus(request);
        if (status.is5xxServerError()) {
            return ApiProblemHandler.internalError();
        }
        if (error instanceof ErrorResponse known) {
            ProblemDetail body = known.getBody();
            return Problems.of(
                    body.getStatus(),
                    ApiProblemHandler.code(HttpStatus.valueOf(body.getStatus())),
                    title(body),
                    detail(body, request));
        }
        if (status == HttpStatus.NOT_FOUND) {
            return Problems.of(404, "not-found", "Not found", "There is no " + path(request) + " in the API.");
        }
        return Problems.of(
                status.value(),
                ApiProblemHandler.code(status),
                status.getReasonPhrase(),
                status.getReasonPhrase() + ".");
    }

    private static String detail(ProblemDetail body, HttpServletRequest request) {
        if (body.getStatus() == 404) {
            return "There is no " + path(request) + " in the API.";
        }
        return body.getDetail() == null ? String.valueOf(body.getTitle()) : body.getDetail();
    }

    private static String title(ProblemDetail body) {
        return body.getTitle() == null ? HttpStatus.valueOf(body.getStatus()).getReasonPhrase() : body.getTitle();
    }

    private static String path(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri == null ? "such path" : String.valueOf(uri);
    }

    private static boolean causedBy(@Nullable Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
