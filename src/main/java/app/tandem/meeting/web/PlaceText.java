package app.tandem.meeting.web;

/**
 * A place or time zone as a table shows it: a zero-width space after each slash (not between the two of
 * {@code https://}), after a link's {@code ?}, {@code &} and {@code =} and before a dot between letters
 * ({@code meet.example.com}), where a meeting link or {@code
 * America/Argentina/Buenos_Aires} may break onto the next line, as typesetters break an address, instead
 * of widening the list of check-ins past its column
 * (its State column was cut off at 1280 and 1024 px). A link's address is left as it is.
 */
public final class PlaceText {

    private static final String BREAK = "\u200B";

    private PlaceText() {}

    /**
     * {@code text} with a break allowed after each slash that no slash follows, after ?, & and =, and
     * before a dot between letters or digits.
     */
    public static String breakable(String text) {
        return text.replaceAll("(/(?!/)|[?&=])", "$1" + BREAK).replaceAll("(?<=\\w)(?=\\.\\w)", BREAK);
    }
}
