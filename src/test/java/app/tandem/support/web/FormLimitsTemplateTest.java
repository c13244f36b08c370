package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No field of a form that saves carries {@code maxlength}: a browser cuts pasted text to it without a
 * word (4,997 characters pasted into a check-in's notes were saved as their first 4,000, December
 * 2026), where the server refuses text over a limit beside its field, naming the limit, and keeps
 * what was typed. Search boxes may: what they send is never saved.
 */
class FormLimitsTemplateTest {

    private static final Pattern MAXLENGTH = Pattern.compile("\\bmaxlength\\s*=");

    @Test
    void noFieldOfAFormThatSavesCutsWhatIsTypedOrPasted() throws IOException {
        List<String> cut = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(template);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (MAXLENGTH.matcher(line).find()
                            && !line.contains("type=\"search\"")
                            && !line.contains("data-picker-search")) {
                        cut.add(template + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(cut).as("fields with maxlength").isEmpty();
    }
}
