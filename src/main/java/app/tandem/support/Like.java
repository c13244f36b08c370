package app.tandem.support;

import java.util.Locale;

/**
 * A LIKE pattern from words a person typed: lower case, {@code %}, {@code _} and the escape character
 * taken literally (queries say {@code escape '\'}), surrounded by {@code %} so it finds the words
 * anywhere. The words reach the database as a bound parameter, never as SQL.
 */
public final class Like {

    private Like() {}

    /** {@code "50%_off"} becomes {@code "%50\%\_off%"}; blank words match everything ({@code "%"}). */
    public static String containing(String words) {
        String stripped = words.strip().toLowerCase(Locale.ROOT);
        StringBuilder pattern = new StringBuilder("%");
        for (char c : stripped.toCharArray()) {
            if (c == '\\' || c == '%' || c == '_') {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        if (!stripped.isEmpty()) {
            pattern.append('%');
        }
        return pattern.toString();
    }
}
