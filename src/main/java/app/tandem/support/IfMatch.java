package app.tandem.support;

import org.jspecify.annotations.Nullable;

/**
 * The version an API edit started from, sent as {@code "version"} in the body or as the {@code
 * If-Match: "3"} header (the version in quotes, as an entity tag). An edit without one is refused
 * (400 naming {@code version}) rather than made on whatever is saved now, which would silently undo
 * a change made since; the service then refuses a stale one ({@link ConcurrentChange}, 409).
 */
public final class IfMatch {

    /** The request header. */
    public static final String HEADER = "If-Match";

    /** The {@code version} member of an edit's body, for the API document. */
    public static final String VERSION_DOC = "the version the change was made on (GET answers it), here or as the"
            + " header If-Match: \"3\"; required (400 naming version without either); 409 concurrent-change when"
            + " it was changed since";

    /** The If-Match header of an edit, for the API document. */
    public static final String HEADER_DOC =
            "the version the change was made on, in quotes (\"3\"), instead of version in the body";

    /** What an edit's description says of its version, for the API document. */
    public static final String EDIT_DOC = " Send the version the change was made on, as version in the body or as"
            + " the header If-Match: \"3\" (the version in quotes); without either the edit is refused with 400"
            + " naming version, so that a change made since is never silently overwritten. A stale version answers"
            + " 409 concurrent-change with currentVersion and yourVersion, and nothing is saved.";

    /** The If-Match header of a delete, for the API document. */
    public static final String DELETE_HEADER_DOC = "the version you last saw, in quotes (\"3\"): the record is deleted"
            + " only if it is still at that version; optional";

    /** What a delete's description says of its version, for the API document. */
    public static final String DELETE_DOC = "Send the header If-Match: \"3\" with the version you last saw to delete"
            + " only that version: a record changed since answers 409 concurrent-change with currentVersion and"
            + " yourVersion, and stays. Without it the record is deleted as it is now.";

    private IfMatch() {}

    /**
     * The version a delete names in {@code ifMatch}, or null when it names none (a delete may leave it
     * out); refused ({@link InvalidInput} naming {@code If-Match}) when it is not one version in quotes.
     */
    public static @Nullable Long optional(@Nullable String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : parse(ifMatch);
    }

    /**
     * The version the edit started from: {@code bodyVersion}, or the version {@code ifMatch} names.
     * Refused ({@link InvalidInput}) when neither is sent, when the header is not one version in
     * quotes, or when both are sent and differ.
     */
    public static long version(@Nullable Long bodyVersion, @Nullable String ifMatch) {
        return version(bodyVersion, ifMatch, "version");
    }

    /**
     * As {@link #version(Long, String)}, for a body whose version is named {@code field} (an agenda
     * item's {@code notesVersion}): a refusal names that field.
     */
    public static long version(@Nullable Long bodyVersion, @Nullable String ifMatch, String field) {
        Long header = ifMatch == null || ifMatch.isBlank() ? null : parse(ifMatch);
        if (header == null && bodyVersion == null) {
            throw new InvalidInput(
                    field,
                    "Send the version you started from (GET answers it), as \"" + field + "\" in the body or as"
                            + " the header If-Match: \"3\"; without it a change made since would be overwritten.");
        }
        if (header != null && bodyVersion != null && !header.equals(bodyVersion)) {
            throw new InvalidInput(
                    field,
                    "The body says " + field + " " + bodyVersion + " and If-Match says " + header
                            + "; send one version.");
        }
        return header != null ? header : bodyVersion;
    }

    private static long parse(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 3 && tag.startsWith("\"") && tag.endsWith("\"")) {
            String digits = tag.substring(1, tag.length() - 1);
            if (digits.length() <= 18 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Long.parseLong(digits);
            }
        }
        throw new InvalidInput(HEADER, "If-Match must be one version in quotes, such as \"3\".");
    }
}
