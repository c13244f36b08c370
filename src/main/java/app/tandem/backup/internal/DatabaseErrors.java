package app.tandem.backup.internal;

import org.jspecify.annotations.Nullable;

/**
 * What a restore or an archive import tells of a database error: the database's own sentence,
 * without the SQL statement it was running, the driver's error code, or more than a few hundred
 * characters (a 5,000-character title came back whole, with the whole insert statement; an API
 * probe, December 2026).
 */
final class DatabaseErrors {

    static final int MAX = 300;

    private DatabaseErrors() {}

    static String plain(@Nullable Throwable error) {
        String message = error == null ? null : error.getMessage();
        if (message == null || message.isBlank()) {
            return "the database refused a row";
        }
        String first = message.strip().lines().findFirst().orElse("");
        int statement = first.indexOf("; SQL statement:");
        if (statement >= 0) {
            first = first.substring(0, statement);
        }
        first = first.replaceAll("\\s*\\[\\d+-\\d+]\\s*$", "").strip();
        return first.length() > MAX ? first.substring(0, MAX - 1) + "…" : first;
    }
}
