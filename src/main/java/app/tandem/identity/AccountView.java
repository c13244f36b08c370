package app.tandem.identity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account as an instance admin sees it: who, whether they are an instance admin, whether they
 * may sign in ({@code active}; since when not) and until when failed sign-ins lock it, and the
 * version a deactivation or reactivation sends back.
 */
public record AccountView(
        long id,
        String email,
        String displayName,
        boolean instanceAdmin,

        @Schema(
                description =
                        "False once an instance admin deactivated the account: no sign-in, no session, no API token")
        boolean active,

        @Schema(description = "When it was deactivated; null while active") @Nullable Instant deactivatedAt,

        @Schema(description = "Until when failed sign-ins lock it; null when not locked") @Nullable Instant lockedUntil,

        long version) {}
