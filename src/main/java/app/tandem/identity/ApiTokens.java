package app.tandem.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: created (shown once), listed, revoked, and checked on each API call. */
@Service
@Transactional(readOnly = true)
class ApiTokens {

    /** What a token's name too long is told. */
    static final String NAME_TOO_LONG = "A token's name has at most 100 characters.";

    static final String PREFIX = "tdm_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration RECORD_USE_EVERY = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final UserRepository users;

    ApiTokens(ApiTokenRepository tokens, UserRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** A new token and the secret to show its owner once. */
    record Created(TokenView token, String secret) {}

    @Transactional
    Created create(long userId, String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Created(store(userId, name, secret), secret);
    }

    /** Stores a token whose secret was chosen elsewhere (the bootstrap token of a fresh instance). */
    @Transactional
    TokenView store(long userId, String name, String secret) {
        ApiToken token = new ApiToken(userId, name, hash(secret), secret.substring(0, Math.min(8, secret.length())));
        return tokens.save(token).toView();
    }

    Page<TokenView> active(long userId, Pageable pageable) {
        return tokens.findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(userId, pageable)
                .map(ApiToken::toView);
    }

    TokenView get(long userId, long tokenId) {
        return tokens.findByIdAndUserId(tokenId, userId)
                .map(ApiToken::toView)
                .orElseThrow(() -> new TokenNotFound(tokenId));
    }

    @Transactional
    TokenView revoke(long userId, long tokenId) {
        ApiToken token = tokens.findByIdAndUserId(tokenId, userId).orElseThrow(() -> new TokenNotFound(tokenId));
        token.revoke();
        return token.toView();
    }

    /**
     * The person a presented secret belongs to, if the token exists and is not revoked. Its last use
     * is recorded at most once a minute, so a busy client does not write on every request, and
     * with a bulk update that cannot fail on a parallel request's write (see {@link
     * ApiTokenRepository#recordUse}).
     */
    @Transactional
    Optional<TandemPrincipal> authenticate(String secret) {
        Instant now = Instant.now();
        Instant since = now.minus(RECORD_USE_EVERY);
        return tokens.findByTokenHash(hash(secret))
                .filter(ApiToken::active)
                .flatMap(token -> {
                    if (!token.usedAfter(since)) {
                        tokens.recordUse(token.id(), now, since);
                    }
                    return users.findById(token.userId());
                })
                .map(User::toPrincipal);
    }

    static String hash(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
