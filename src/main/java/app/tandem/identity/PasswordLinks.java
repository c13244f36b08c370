package app.tandem.identity;

import app.tandem.support.InvalidInput;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links with which a person chooses a password: an instance admin creates one (shown to
 * the admin once, and mailed to the person when mail is set up), the person opens it and sets a
 * password. A link works once, for {@code tandem.password-links.valid-for}; a newer link for the
 * same person ends the older ones. Only the SHA-256 hash of its secret is stored.
 */
@Service
@Transactional(readOnly = true)
class PasswordLinks {

    /** Where a link points, followed by its secret. */
    static final String PATH = "/password-links/";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final PasswordLinkRepository links;
    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final IdentityProperties properties;

    PasswordLinks(
            PasswordLinkRepository links,
            UserRepository users,
            PasswordEncoder passwordEncoder,
            IdentityProperties properties) {
        this.links = links;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    /** A new link: for whom, its secret (to show once) and until when it works. */
    record Created(UserSummary person, String secret, Instant expiresAt) {
        public String path() {
            return PATH + secret;
        }

        public String expiresShown() {
            return shown(expiresAt);
        }
    }

    /** A link that still works: for whom, and until when. */
    record Usable(UserSummary person, Instant expiresAt) {
        public String expiresShown() {
            return shown(expiresAt);
        }
    }

    static String shown(Instant instant) {
        return SHOWN.format(instant);
    }

    /** "24 hours", "90 minutes", "2 days". */
    static String shown(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % (24 * 60) == 0 && minutes >= 2 * 24 * 60) {
            return minutes / (24 * 60) + " days";
        }
        if (minutes % 60 == 0) {
            return minutes == 60 ? "1 hour" : minutes / 60 + " hours";
        }
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    /** Creates a link for person {@code userId}; their earlier links stop working. */
    @Transactional
    Created create(long createdBy, long userId) {
        User user = users.findById(userId).orElseThrow(() -> new UserNotFound("id", "No person " + userId + "."));
        Instant now = Instant.now();
        links.endOpenLinksOf(userId, now);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(properties.passwordLinks().validFor());
        links.save(new PasswordLink(userId, createdBy, ApiTokens.hash(secret), now, expiresAt));
        return new Created(user.toSummary(), secret, expiresAt);
    }

    /** The link of this secret, if it still works; otherwise says why not. */
    Usable open(String secret) {
        PasswordLink link = usable(secret, Instant.now());
        User user = users.findById(link.userId()).orElseThrow(PasswordLinkUnusable::unknown);
        return new Usable(user.toSummary(), link.expiresAt());
    }

    /**
     * Sets the person's password with the link, which ends it; the password follows the same rules
     * as everywhere ({@link Users#checkPassword}), and a refused one leaves the link working. Earlier
     * failed sign-ins and a lockout are forgotten.
     */
    @Transactional
    UserSummary use(String secret, String password, String repeated) {
        Instant now = Instant.now();
        PasswordLink link = usable(secret, now);
        Users.checkPassword("password", password);
        if (!password.equals(repeated)) {
            throw new InvalidInput("repeated", "The two passwords differ. Type the same password twice.");
        }
        if (links.use(link.id(), now) == 0) {
            throw PasswordLinkUnusable.ended();
        }
        User user = users.findById(link.userId()).orElseThrow(PasswordLinkUnusable::unknown);
        user.changePassword(passwordEncoder.encode(password));
        users.forgetFailedLogins(user.email());
        return user.toSummary();
    }

    private PasswordLink usable(String secret, Instant now) {
        PasswordLink link = links.findByTokenHash(ApiTokens.hash(secret)).orElseThrow(PasswordLinkUnusable::unknown);
        if (link.ended()) {
            throw PasswordLinkUnusable.ended();
        }
        if (link.expiredAt(now)) {
            throw PasswordLinkUnusable.expired();
        }
        return link;
    }
}
