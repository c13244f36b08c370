package app.tandem.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits ({@code tandem.rate-limit.*}), the values an instance admin starts from (they may
 * change them while Tandem runs: {@code /api/v1/admin/rate-limits}). Each is a token bucket that
 * refills evenly over its period, kept in memory on each node ({@code store=memory}: behind a load
 * balancer each node would allow as much) or in the database, shared by every node ({@code
 * store=database}, PostgreSQL):
 *
 * <ul>
 *   <li>{@code api-per-token}: API calls a minute with one API token (600: ten a second, more than
 *       any script or integration that waits for its answers needs);
 *   <li>{@code api-per-address}: API calls a minute without a token (calendar feeds, refused calls)
 *       from one client address (120);
 *   <li>{@code sign-in-per-address}: failed sign-ins a minute from one client address (10: people
 *       behind one office address seldom mistype ten passwords in a minute; one address trying many
 *       accounts is slowed to ten guesses a minute);
 *   <li>{@code sign-in-per-account}: failed sign-ins to one account per {@code
 *       sign-in-account-period} (5 per 15 minutes), from any address, so guessing from many
 *       addresses gets at most 480 tries a day; a wrong current password on the password form
 *       counts too.
 * </ul>
 *
 * A sign-in that succeeds gives its attempt back, so only failures use these up; while a limit is
 * used up even the right password is refused. The client address is the connection's, or the one a
 * trusted proxy forwarded when {@code server.forward-headers-strategy} says to believe it; at most
 * {@code max-keys} tokens, addresses or accounts are tracked per limit (the least recently seen
 * are forgotten first), so a client cycling addresses cannot fill the memory (in the database, a
 * bucket is removed once it would be full again).
 */
@ConfigurationProperties("tandem.rate-limit")
record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("memory") Store store,
        @DefaultValue("600") int apiPerToken,
        @DefaultValue("120") int apiPerAddress,
        @DefaultValue("10") int signInPerAddress,
        @DefaultValue("5") int signInPerAccount,
        @DefaultValue("PT15M") Duration signInAccountPeriod,
        @DefaultValue("100000") int maxKeys) {

    /** Where the buckets and a change of the limits are kept. */
    enum Store {
        /** This node's memory; a restart goes back to the settings. */
        MEMORY,
        /** The database (PostgreSQL), shared by every node; a change is kept until changed again. */
        DATABASE
    }
}
