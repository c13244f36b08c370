package app.tandem.support;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What the CSV import endpoints of the API share: reading a body as it arrives, and their answer. */
public final class CsvUploads {

    private CsvUploads() {}

    /**
     * The request's body as text, read as it arrives: in the charset it names, else as {@link
     * UploadedText} finds it (UTF-8, or Windows-1252 when the body is not UTF-8).
     */
    public static Reader body(HttpServletRequest request) throws IOException {
        // (the Content-Type's own charset: the request's character encoding is UTF-8 when none is
        // named, set by Spring Boot's encoding filter)
        Charset charset = null;
        try {
            String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
            charset = type == null ? null : MediaType.parseMediaType(type).getCharset();
        } catch (InvalidMediaTypeException | UnsupportedCharsetException unknown) {
            // a type or charset nobody knows: the text is read as its bytes show
        }
        return UploadedText.reader(request.getInputStream(), charset);
    }

    /**
     * 200 with the report, or, when nothing was saved, 400 problem details with every wrong row
     * ({@code anyGood}: whether any row was good, so that saving the good rows is suggested only then).
     */
    public static ResponseEntity<?> answer(Object report, boolean rejected, List<RowError> errors, boolean anyGood) {
        if (!rejected) {
            return ResponseEntity.ok(report);
        }
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.rowsInvalid(errors, anyGood));
    }
}
