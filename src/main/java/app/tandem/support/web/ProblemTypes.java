package app.tandem.support.web;

import app.tandem.support.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * What each problem type of the API means ({@code /problems/{code}}, the {@code type} of every
 * problem detail): read from {@code problems/types.properties} on first use. A code the file does
 * not name but an HTTP status has ({@code gone}, {@code status-599}) is that status. {@code
 * ProblemTypesTest} fails on a {@link DomainException} whose code the file lacks.
 */
@Component
public class ProblemTypes {

    /** A problem type: its code, HTTP status, title (as the problem details give it) and what it means. */
    public record ProblemType(String code, int status, String title, String description) {

        /** Its address, as problem details name it. */
        public String path() {
            return "/problems/" + code;
        }
    }

    static final String RESOURCE = "problems/types.properties";

    private final Supplier<List<ProblemType>> all = SingletonSupplier.of(ProblemTypes::read);

    /** Every type the file describes, by code. */
    public List<ProblemType> all() {
        return all.get();
    }

    /** The type {@code code}, if Tandem answers it. */
    public Optional<ProblemType> find(String code) {
        Optional<ProblemType> described =
                all().stream().filter(t -> t.code().equals(code)).findFirst();
        return described.isPresent() ? described : ofStatus(code);
    }

    /** A code of an HTTP status Spring MVC or the server answered itself ({@code gone}, {@code status-599}). */
    private static Optional<ProblemType> ofStatus(String code) {
        for (HttpStatus status : HttpStatus.values()) {
            if (status.value() >= 400 && ApiProblemHandler.code(status).equals(code)) {
                return Optional.of(new ProblemType(
                        code,
                        status.value(),
                        title(status.value()),
                        "The HTTP status " + status.value() + " " + status.getReasonPhrase() + "."));
            }
        }
        if (code.matches("status-[4-5][0-9][0-9]")) {
            int status = Integer.parseInt(code.substring(7));
            return Optional.of(new ProblemType(code, status, title(status), "The HTTP status " + status + "."));
        }
        return Optional.empty();
    }

    /** The title problem details of this status carry. */
    static String title(int status) {
        for (DomainException.Kind kind : DomainException.Kind.values()) {
            if (kind.status() == status) {
                return kind.title();
            }
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error " + status : known.getReasonPhrase();
    }

    private static List<ProblemType> read() {
        Properties lines = new Properties();
        try (InputStream in = ProblemTypes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            lines.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ProblemType> types = new ArrayList<>();
        for (String code : lines.stringPropertyNames()) {
            String line = lines.getProperty(code);
            int bar = line.indexOf('|');
            if (bar < 0) {
                throw new IllegalStateException(RESOURCE + ": the line of " + code + " has no status");
            }
            int status = Integer.parseInt(line.substring(0, bar).strip());
            types.add(new ProblemType(
                    code.toLowerCase(Locale.ROOT),
                    status,
                    title(status),
                    line.substring(bar + 1).strip()));
        }
        types.sort(Comparator.comparing(ProblemType::code));
        return List.copyOf(types);
    }
}
