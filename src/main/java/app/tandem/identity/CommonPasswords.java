package app.tandem.identity;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords anyone guessing tries early, judged by zxcvbn (zxcvbn4j, shipped in its jar, no
 * network). {@link #contains} is its ranked list of the 30,000 most common passwords, compared
 * without regard to case or the spaces around them, so {@code Password123} is as common as
 * {@code password123}. {@link #easyToGuess} is zxcvbn's estimate for what that list leaves out on
 * purpose because zxcvbn finds it otherwise: a plain word or name, a date, a keyboard row, a
 * repeat or a run ({@code basketball}, {@code 1111111111}, {@code 0123456789}).
 */
final class CommonPasswords {

    /**
     * zxcvbn's scores run from 0 to 4; below 2 means fewer than a million guesses, what an online
     * attacker gets through despite Tandem's sign-in limits.
     */
    static final int LEAST_SCORE = 2;

    private CommonPasswords() {}

    /** On zxcvbn's list of the most common passwords, whatever the case or surrounding spaces. */
    static boolean contains(String password) {
        return Holder.PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    /** zxcvbn scores it below {@link #LEAST_SCORE}. */
    static boolean easyToGuess(String password) {
        return Holder.ZXCVBN.measure(password).getScore() < LEAST_SCORE;
    }

    /** Read once, when a password is first checked (the JVM initialises a class once, thread-safe). */
    private static final class Holder {
        static final Set<String> PASSWORDS;
        static final Zxcvbn ZXCVBN;

        static {
            try {
                List<Dictionary> dictionaries = StandardDictionaries.loadAllDictionaries();
                PASSWORDS = dictionaries.stream()
                        .filter(dictionary -> dictionary.getName().equals(StandardDictionaries.PASSWORDS))
                        .findFirst()
                        .map(dictionary ->
                                Set.copyOf(dictionary.getRankedDictionary().keySet()))
                        .orElseThrow(() -> new IllegalStateException("zxcvbn has no passwords dictionary"));
                ZXCVBN = new ZxcvbnBuilder()
                        .dictionaries(dictionaries)
                        .keyboards(StandardKeyboards.loadAllKeyboards())
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
