package app.tandem.support;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What an import does with a file that has wrong rows. The API spells the modes {@code
 * all-or-nothing} and {@code good-rows} (documented); {@code ALL_OR_NOTHING}, {@code GOOD_ROWS} and
 * any mix of case, dash and underscore are accepted too.
 */
public enum ImportMode {
    /** Save nothing unless every row is good (the default). */
    ALL_OR_NOTHING("all-or-nothing"),
    /** Save the good rows and report the wrong ones. */
    GOOD_ROWS("good-rows");

    /** The documented spelling, for API documentation and messages. */
    public static final String SPELLINGS = "all-or-nothing (the default) or good-rows";

    private final String spelling;

    ImportMode(String spelling) {
        this.spelling = spelling;
    }

    /** The documented spelling: {@code all-or-nothing} or {@code good-rows}. */
    public String spelling() {
        return spelling;
    }

    /**
     * The mode a request parameter names; none (null or blank) is {@link #ALL_OR_NOTHING}.
     *
     * @throws InvalidInput naming the field {@code mode} for anything else
     */
    public static ImportMode parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return ALL_OR_NOTHING;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ImportMode mode : values()) {
            if (mode.spelling.equals(wanted)) {
                return mode;
            }
        }
        throw new InvalidInput("mode", "mode is " + SPELLINGS + ", not '" + abbreviate(text.strip()) + "'.");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
