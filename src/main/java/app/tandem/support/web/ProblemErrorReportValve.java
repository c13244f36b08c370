package app.tandem.support.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's report for the errors it answers itself, before any servlet: an address it cannot
 * read (an escaped NUL {@code %00}, a malformed escape such as {@code %zz}, a request line or
 * headers over the limits). Those never reach {@link ErrorPages}, so Tomcat wrote its HTML page,
 * which an API client cannot parse. For {@code /api/**}, and for a request line too long for
 * Tomcat to read its address at all, this writes RFC 9457 problem details like every other API
 * error; pages keep Tomcat's short HTML report (no server version, no stack). It never echoes the address: only the status and a fixed sentence.
 *
 * <p>Installed on the host in place of Tomcat's own report by {@link ContainerErrorsConfiguration}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !isApi(request)) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        byte[] body = body(status).getBytes(StandardCharsets.UTF_8);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException gone) {
            // the client left, or the response is already on its way: nothing more to say
        }
    }

    /** The problem for a status Tomcat set itself: fixed text only, nothing from the request. */
    static String body(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String code = ApiProblemHandler.code(HttpStatus.valueOf(status));
        String detail = status == 400
                ? "The request's address or headers could not be read: check its percent-escapes"
                        + " (%00 and malformed escapes are refused) and its size."
                : title + ".";
        return "{\"type\":\"/problems/" + code + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
    }

    /**
     * Whether the request is the API's, or one whose address Tomcat could not even read to its end (a
     * request line over the header size limit leaves it empty): an API client must be able to parse
     * that refusal too, and a browser does not send such an address.
     */
    private static boolean isApi(Request request) {
        // the raw address as received: the decoded one may be what could not be read
        String uri = request.getCoyoteRequest().requestURI().toString();
        return uri == null || uri.isEmpty() || uri.equals("/api") || uri.startsWith("/api/");
    }
}
