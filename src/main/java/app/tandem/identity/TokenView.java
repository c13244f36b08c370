package app.tandem.identity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** A token as its owner sees it in lists: never the secret, only its first characters. */
record TokenView(
        long id,
        String name,
        String prefix,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        @Nullable Instant expiresAt,
        boolean readOnly,
        TokenWorkspaces.@Nullable TokenWorkspace workspace) {
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public boolean active() {
        return revokedAt == null;
    }

    public String createdShown() {
        return SHOWN.format(createdAt);
    }

    public String lastUsedShown() {
        return lastUsedAt == null ? "never" : SHOWN.format(lastUsedAt);
    }

    /** Whether the token no longer works because its end is past (it stays listed until revoked). */
    public boolean expired() {
        return expiresAt != null && !Instant.now().isBefore(expiresAt);
    }

    /** When it stops working, "never" when it works until revoked. */
    public String expiresShown() {
        return expiresAt == null ? "never" : SHOWN.format(expiresAt);
    }
}
