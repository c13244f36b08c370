package app.tandem.support;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What the CSV import endpoints of the API share: reading a body as it arrives, and their answer. */
public final class CsvUploads {

    private CsvUploads() {}

    /** The request's body as text in the charset it names (UTF-8 when none), read as it arrives. */
    public static Reader body(HttpServletRequest request) throws IOException {
        Charset charset = request.getCharacterEncoding() == null
                ? StandardCharsets.UTF_8
                : Charset.forName(request.getCharacterEncoding(), StandardCharsets.UTF_8);
        return new InputStreamReader(request.getInputStream(), charset);
    }

    /** 200 with the report, or, when nothing was saved, 400 problem details with every wrong row. */
    public static ResponseEntity<?> answer(Object report, boolean rejected, List<RowError> errors) {
        if (!rejected) {
            return ResponseEntity.ok(report);
        }
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.rowsInvalid(errors));
    }
}
