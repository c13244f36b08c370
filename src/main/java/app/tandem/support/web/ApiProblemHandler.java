package app.tandem.support.web;

import app.tandem.support.BodyLimits;
import app.tandem.support.BodyTooLarge;
import app.tandem.support.DomainException;
import app.tandem.support.Problems;
import app.tandem.support.Problems.FieldError;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Every API error as RFC 9457 problem details, naming the field that is wrong. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final ObjectProvider<BodyLimits> limits;

    ApiProblemHandler(ObjectProvider<BodyLimits> limits) {
        this.limits = limits;
    }

    /** A multipart upload over the limit, met by the container while it parsed a body sent without a length. */
    @Override
    protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(413)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(
                        new BodyTooLarge(limits.getObject().maxUpload().toBytes())));
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        ProblemDetail problem = Problems.of(e);
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * A query string or form that cannot be decoded ({@code ?q=%zz}, escapes that are not UTF-8), or
     * a multipart body that cannot be parsed (no boundary, a broken part): the caller's to fix, so a
     * 400, never a 500. Tomcat meets them when a parameter or part is first asked for.
     */
    @ExceptionHandler({InvalidParameterException.class, MultipartException.class})
    ResponseEntity<ProblemDetail> unreadableRequest(RuntimeException e) {
        log.debug("Unreadable request", e);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(unreadable(e));
    }

    /** The 400 problem for a request whose parameters or multipart body cannot be read, or null for another error. */
    static @Nullable ProblemDetail unreadableRequestProblem(@Nullable Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if ((t instanceof InvalidParameterException || t instanceof MultipartException)
                    && !(t instanceof MaxUploadSizeExceededException)) {
                return unreadable(t);
            }
        }
        return null;
    }

    private static ProblemDetail unreadable(Throwable e) {
        return e instanceof InvalidParameterException
                ? Problems.of(
                        400,
                        "unreadable-parameters",
                        "Invalid request",
                        "The query string or form could not be read: each % must be followed by two hexadecimal"
                                + " digits, and the escaped bytes must be UTF-8 (a space is %20 or +, a % itself %25).")
                : Problems.of(
                        400,
                        "unreadable-body",
                        "Invalid request",
                        "The request body is not a readable multipart form: send multipart/form-data with the"
                                + " boundary its Content-Type names, or the body's own type (application/json,"
                                + " text/csv).");
    }

    /**
     * A change that met another made at the same moment: an older version (also when a service
     * flushed the entity manager itself, which Spring does not translate), or a row another request
     * inserted meanwhile under the same unique key (two people creating a KPI of the same name, or
     * recording the same day's value, at once; the check before the insert could not see it). Was a
     * 500 until December 2026 (an API probe sending eight such requests at once).
     */
    @ExceptionHandler({
        OptimisticLockingFailureException.class,
        DataIntegrityViolationException.class,
        jakarta.persistence.PersistenceException.class
    })
    ResponseEntity<ProblemDetail> concurrentChange(Exception e, WebRequest request) {
        boolean olderVersion = e instanceof OptimisticLockingFailureException
                || e instanceof jakarta.persistence.OptimisticLockException;
        if (!olderVersion && !sameKeyAtOnce(e)) {
            return unexpected(e, request);
        }
        log.debug("A concurrent change answering {}", request.getDescription(false), e);
        return ResponseEntity.status(409)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(concurrentChange());
    }

    /**
     * Whether a database refusal is a unique key another transaction took first (SQL state 23505
     * on H2 and PostgreSQL alike): the checks before every insert refuse a taken key with their own
     * message, so one that reaches the database was taken at the same moment.
     */
    static boolean sameKeyAtOnce(@Nullable Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** What a request that met a parallel change is answered (also by {@link ErrorPages}). */
    static ProblemDetail concurrentChange() {
        return Problems.of(
                409,
                "concurrent-change",
                "Conflict",
                "Someone else changed this at the same time. Reload and try again.");
    }

    /**
     * Anything else a controller throws: a bug or an outage, not something the caller can fix. It is
     * logged with its stack trace, and the caller gets 500 problem details that reveal nothing.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, WebRequest request) {
        log.error("Unexpected error answering {}", request.getDescription(false), e);
        return ResponseEntity.internalServerError()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(internalError());
    }

    /** The 500 answer: no stack trace, no exception message (they may show internals). */
    static ProblemDetail internalError() {
        return Problems.of(
                500,
                "internal-error",
                "Internal error",
                "Something went wrong on our side and it was logged. Try again later; if it keeps happening, tell"
                        + " the administrator of this Tandem.");
    }

    /**
     * Spring MVC's own refusals (415, 406, a missing parameter, ...) come with problem details
     * already; they get a type of the same kind as ours ({@code /problems/unsupported-media-type}).
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
            problem.setType(URI.create("/problems/" + code(statusCode)));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    /** {@code not-found}, {@code method-not-allowed}, ... for a status. */
    static String code(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null
                ? "status-" + status.value()
                : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getBindingResult()
                .getFieldErrors()
                .forEach(e -> errors.add(new FieldError(e.getField(), message(e.getDefaultMessage()))));
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(e -> errors.add(new FieldError(e.getObjectName(), message(e.getDefaultMessage()))));
        return invalid(errors, headers);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(e -> errors.add(
                            new FieldError(name == null ? "parameter" : name, message(e.getDefaultMessage()))));
        }
        return invalid(errors, headers);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return invalid(List.of(new FieldError(ex.getParameterName(), "is required.")), headers);
    }

    /** An upload without its file part ({@code file}): 400 naming the part, as a missing parameter. */
    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(
                List.of(new FieldError(ex.getRequestPartName(), "is required: send the file as this part.")), headers);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        if (type != null && type.isEnum()) {
            // (sourceType=survey: the values it takes, as the API document lists them)
            return invalid(
                    List.of(new FieldError(
                            field,
                            "'" + ex.getValue() + "' is not one of "
                                    + java.util.Arrays.stream(type.getEnumConstants())
                                            .map(c -> ((Enum<?>) c).name())
                                            .collect(java.util.stream.Collectors.joining(", "))
                                    + ".")),
                    headers);
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            // (team=Marketing: the parameter takes an id; size=ten: a number)
            return invalid(
                    List.of(new FieldError(
                            field,
                            "'" + ex.getValue() + "' is not a whole number"
                                    + (takesAnId(field) ? ": give an id." : "."))),
                    headers);
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return invalid(
                    List.of(new FieldError(
                            field,
                            "'" + ex.getValue() + "' is not a moment: write a day and a time with its offset, such as"
                                    + " 2027-03-01T09:00:00Z.")),
                    headers);
        }
        if (type == java.time.LocalDate.class) {
            return invalid(
                    List.of(new FieldError(field, "'" + ex.getValue() + "' is not a day: write it as YYYY-MM-DD.")),
                    headers);
        }
        return invalid(List.of(new FieldError(field, "has the wrong type: " + ex.getValue())), headers);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        log.debug("Unreadable request body", ex);
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge tooLarge) {
                // the body limit met while the JSON was read (a body sent without a length)
                return ResponseEntity.status(413)
                        .headers(headers)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(Problems.of(tooLarge));
            }
            if (t instanceof StreamConstraintsException bound) {
                // past a bound of tandem.http (nesting depth, number length): whatever field it was in
                return ResponseEntity.badRequest()
                        .headers(headers)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(Problems.of(
                                400,
                                "unreadable-body",
                                "Invalid request",
                                "The request body is not valid JSON: " + bound.getOriginalMessage()));
            }
        }
        String field = fieldOf(ex);
        if (field != null) {
            String unknown = unknownProperty(ex);
            String notOneOf = notOneOf(ex);
            String wrong = unknown != null
                    ? unknown
                    : causedByNull(ex)
                            ? "must not be null"
                            : nulInText(ex)
                                    ? NoNulText.MESSAGE
                                    : notOneOf != null ? notOneOf : "has a value of the wrong type or format";
            return invalid(List.of(new FieldError(field, wrong)), headers);
        }
        ProblemDetail problem = Problems.of(400, "unreadable-body", "Invalid request", unreadable(ex));
        return ResponseEntity.badRequest()
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Says what is wrong with an unreadable body: missing, or where the JSON parser stopped and why. */
    private static String unreadable(HttpMessageNotReadableException ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                String where =
                        jackson.getLocation() == null || jackson.getLocation().getLineNr() < 1
                                ? ""
                                : " at line " + jackson.getLocation().getLineNr() + ", column "
                                        + jackson.getLocation().getColumnNr();
                // a parse error says what the parser met; a mapping error would name Java types, so not it
                return jackson instanceof StreamReadException || jackson instanceof StreamConstraintsException
                        ? "The request body is not valid JSON" + where + ": "
                                + Problems.parserSaid(jackson.getOriginalMessage())
                        : "The request body is not JSON of the expected shape" + where + ".";
            }
        }
        String message = ex.getMessage();
        if (message != null && message.startsWith("Required request body is missing")) {
            return "The request has no body; send JSON.";
        }
        return "The request body is not valid JSON of the expected shape.";
    }

    private ResponseEntity<Object> invalid(List<FieldError> errors, HttpHeaders headers) {
        ProblemDetail problem = Problems.of(400, "invalid-request", "Invalid request", Problems.describe(errors, null));
        Problems.withFields(problem, errors);
        return ResponseEntity.badRequest()
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The JSON property a parse error is about ("role" for an unknown enum value), if Jackson knows it. */
    private static @Nullable String fieldOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference ref : jackson.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }

    /**
     * What to say of a property the request does not have ("titel" for "title"): it would otherwise be
     * dropped without a word, and what the person sent lost (StrictJson).
     */
    private static @Nullable String unknownProperty(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnrecognizedPropertyException unknown) {
                List<String> known = new ArrayList<>();
                if (unknown.getKnownPropertyIds() != null) {
                    unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
                }
                known.sort(null);
                return known.isEmpty()
                        ? "is not a field of this request"
                        : "is not a field of this request (its fields: " + String.join(", ", known) + ")";
            }
        }
        return null;
    }

    /** The query filters that take an id of the workspace (an id in the path is named {@code ...Id}). */
    private static final java.util.Set<String> ID_FILTERS = java.util.Set.of(
            "id",
            "team",
            "persona",
            "userGoal",
            "journeyStage",
            "painPoint",
            "goal",
            "owner",
            "kpi",
            "initiative",
            "theme",
            "user",
            "reviewer");

    /** Whether a parameter takes an id: {@code team=Marketing} is told to give one, {@code size=ten} is not. */
    static boolean takesAnId(String parameter) {
        return ID_FILTERS.contains(parameter) || parameter.endsWith("Id");
    }

    /** The values of the enum a body's value was not one of ({@code "kind": "MEETING"}), or null. */
    private static @Nullable String notOneOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidFormatException wrong
                    && wrong.getTargetType() != null
                    && wrong.getTargetType().isEnum()) {
                return "'" + wrong.getValue() + "' is not one of "
                        + java.util.Arrays.stream(wrong.getTargetType().getEnumConstants())
                                .map(c -> ((Enum<?>) c).name())
                                .collect(java.util.stream.Collectors.joining(", "))
                        + ".";
            }
        }
        return null;
    }

    private static boolean causedByNull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidNullException) {
                return true;
            }
            // a true/false or a number left out, or sent as null (Jackson's FAIL_ON_NULL_FOR_PRIMITIVES)
            if (t instanceof MismatchedInputException mismatch
                    && String.valueOf(mismatch.getOriginalMessage()).startsWith("Cannot map `null` into type")) {
                return true;
            }
        }
        return false;
    }

    private static boolean nulInText(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidFormatException wrong && wrong.getValue() instanceof String text) {
                return NoNulText.hasNul(text);
            }
        }
        return false;
    }

    private static String message(@Nullable String message) {
        return message == null ? "is not valid" : message;
    }
}
