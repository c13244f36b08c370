package app.tandem.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The browsers a person signed in from before (device cookies, as in OWASP's "Slow Down Online
 * Guessing Attacks with Device Cookies"): after a right password a browser gets a cookie, {@value
 * #COOKIE}, whose secret is a row of {@code trusted_devices} (V104, its SHA-256 hash only). A sign-in
 * from such a browser for its account is counted apart: its wrong passwords lock that browser alone
 * (the same {@code tandem.login.max-failures} and {@code lockout}), and neither the account's failures
 * in a row nor its sign-in rate limit apply to it. So whoever types wrong passwords for someone else's
 * email locks the account on every other browser, never on the ones its person uses.
 *
 * <p>The cookie goes only to {@code /login} (its path), is {@code HttpOnly}, {@code SameSite=Strict},
 * {@code Secure} over HTTPS, and lasts a year; an account keeps its {@value #KEPT} browsers used last.
 */
@Component
class TrustedDevices {

    static final String COOKIE = "tandem_device";
    static final int KEPT = 20;
    static final Duration LIFETIME = Duration.ofDays(365);
    private static final int LONGEST_SECRET = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    TrustedDevices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The hash of the device cookie {@code request} carries, if it carries one that could be one. */
    static @Nullable String cookieHash(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            String value = cookie.getValue();
            if (COOKIE.equals(cookie.getName())
                    && value != null
                    && !value.isEmpty()
                    && value.length() <= LONGEST_SECRET) {
                return ApiTokens.hash(value);
            }
        }
        return null;
    }

    /** The trusted device of the account {@code email} whose cookie has the hash {@code cookieHash}. */
    @Transactional(readOnly = true)
    Optional<Long> find(@Nullable String cookieHash, String email) {
        if (cookieHash == null) {
            return Optional.empty();
        }
        return jdbc.sql("select d.id from trusted_devices d join users u on u.id = d.user_id"
                        + " where d.token_hash = ? and u.email = ? and d.last_used_at > ?")
                .params(
                        cookieHash,
                        User.normalizeEmail(email),
                        Timestamp.from(Instant.now().minus(LIFETIME)))
                .query(Long.class)
                .optional();
    }

    /**
     * Counts an attempt from the device before its password is compared (as {@link Users#countAttempt}
     * does for the account): false when the device is locked or its failures in a row reached {@code
     * maxFailures}.
     */
    @Transactional
    boolean countAttempt(long device, int maxFailures, Instant now) {
        return jdbc.sql("update trusted_devices set failed_logins = failed_logins + 1 where id = ?"
                                + " and failed_logins < ? and (locked_until is null or locked_until <= ?)")
                        .params(device, maxFailures, Timestamp.from(now))
                        .update()
                > 0;
    }

    /** A counted attempt had the wrong password: once {@code maxFailures} in a row, the device locks. */
    @Transactional
    void failed(long device, int maxFailures, Instant until) {
        jdbc.sql("update trusted_devices set locked_until = ?, failed_logins = 0 where id = ? and failed_logins >= ?")
                .params(Timestamp.from(until), device, maxFailures)
                .update();
    }

    /** The right password from the device: its failures are forgotten. */
    @Transactional
    void succeeded(long device, Instant now) {
        jdbc.sql("update trusted_devices set failed_logins = 0, locked_until = null, last_used_at = ? where id = ?")
                .params(Timestamp.from(now), device)
                .update();
    }

    /**
     * After a right password: a browser without a device cookie of this account gets one (and the
     * account forgets the ones it used longest ago beyond {@value #KEPT}, and any older than a year).
     */
    @Transactional
    void trust(HttpServletRequest request, HttpServletResponse response, String email) {
        if (find(cookieHash(request), email).isPresent()) {
            return;
        }
        Optional<Long> user = jdbc.sql("select id from users where email = ?")
                .param(User.normalizeEmail(email))
                .query(Long.class)
                .optional();
        if (user.isEmpty()) {
            return;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        jdbc.sql("insert into trusted_devices (user_id, token_hash, created_at, last_used_at) values (?, ?, ?, ?)")
                .params(user.get(), ApiTokens.hash(secret), Timestamp.from(now), Timestamp.from(now))
                .update();
        jdbc.sql("delete from trusted_devices where user_id = ? and (last_used_at <= ? or id not in"
                        + " (select id from trusted_devices where user_id = ? order by last_used_at desc, id desc"
                        + " fetch first " + KEPT + " rows only))")
                .params(user.get(), Timestamp.from(now.minus(LIFETIME)), user.get())
                .update();
        response.addHeader(
                HttpHeaders.SET_COOKIE,
                ResponseCookie.from(COOKIE, secret)
                        .path(request.getContextPath() + "/login")
                        .httpOnly(true)
                        .secure(request.isSecure())
                        .sameSite("Strict")
                        .maxAge(LIFETIME)
                        .build()
                        .toString());
    }

    /** How many browsers the account {@code userId} is trusted on. */
    @Transactional(readOnly = true)
    int count(long userId) {
        return jdbc.sql("select count(*) from trusted_devices where user_id = ? and last_used_at > ?")
                .params(userId, Timestamp.from(Instant.now().minus(LIFETIME)))
                .query(Integer.class)
                .single();
    }

    /** Forgets every browser of the account {@code userId}: each is counted with the account again. */
    @Transactional
    int forget(long userId) {
        return jdbc.sql("delete from trusted_devices where user_id = ?")
                .param(userId)
                .update();
    }
}
