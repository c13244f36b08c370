package app.tandem.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The most common passwords, shipped with Tandem ({@code identity/common-passwords.txt}, no
 * network): those that anyone guessing tries first. Compared without regard to case or the spaces
 * around them, so {@code Password123} is as common as {@code password123}.
 */
final class CommonPasswords {

    private static final String LIST = "/identity/common-passwords.txt";

    private CommonPasswords() {}

    static boolean contains(String password) {
        return Holder.PASSWORDS.contains(normal(password));
    }

    private static String normal(String password) {
        return password.strip().toLowerCase(Locale.ROOT);
    }

    /** Read once, when a password is first checked. */
    private static final class Holder {
        static final Set<String> PASSWORDS = read();

        private static Set<String> read() {
            try (InputStream in = Objects.requireNonNull(
                            CommonPasswords.class.getResourceAsStream(LIST), LIST + " is missing");
                    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                Set<String> passwords = new HashSet<>();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        passwords.add(normal(line));
                    }
                }
                return Set.copyOf(passwords);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
