package app.tandem.identity;

import app.tandem.support.DayWords;
import app.tandem.support.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
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
    private final TokenWorkspaces workspaces;

    /**
     * {@code workspaces} from the workspace module; without it (a module test of a module that does
     * not need workspaces) no token is made for one workspace, and one made before works nowhere.
     */
    ApiTokens(ApiTokenRepository tokens, UserRepository users, ObjectProvider<TokenWorkspaces> workspaces) {
        this.tokens = tokens;
        this.users = users;
        this.workspaces = workspaces.getIfAvailable(() -> TokenWorkspaces.NONE);
    }

    /** How many days a token may last at most, when it has an end (ten years). */
    static final int MOST_DAYS = 3650;

    /** What a token's lifetime out of range is told. */
    static final String DAYS_OUT_OF_RANGE =
            "A token lasts from 1 to " + MOST_DAYS + " days; leave the days out for a token that lasts until revoked.";

    /** A new token and the secret to show its owner once. */
    record Created(TokenView token, String secret) {}

    /**
     * A new token of this person: working for {@code days} days from now (until revoked when null),
     * only for reading when {@code readOnly}, and only in the workspace at {@code workspaceSlug} when
     * one is given (one of theirs, or refused naming {@code workspace}). A name their other tokens
     * (not revoked) have, in any case, is refused, so that the list tells the tokens apart.
     */
    @Transactional
    Created create(long userId, String name, @Nullable Integer days, boolean readOnly, @Nullable String workspaceSlug) {
        Optional<ApiToken> namesake = tokens.findFirstByUserIdAndRevokedAtIsNullAndNameIgnoreCase(userId, name.strip());
        if (namesake.isPresent()) {
            // (named as it is written, which may differ in case from what was typed)
            throw new TokenNameTaken(namesake.get().name());
        }
        if (days != null && (days < 1 || days > MOST_DAYS)) {
            throw new InvalidInput("expiresInDays", DAYS_OUT_OF_RANGE);
        }
        Long workspaceId = null;
        if (workspaceSlug != null && !workspaceSlug.isBlank()) {
            String slug = workspaceSlug.strip();
            workspaceId = workspaces.of(userId).stream()
                    .filter(w -> w.slug().equals(slug))
                    .map(TokenWorkspaces.TokenWorkspace::id)
                    .findFirst()
                    .orElseThrow(() -> new InvalidInput(
                            "workspace",
                            "You are a member of no workspace at '" + slug + "'. Give the address (slug) of one of"
                                    + " yours, or leave it out for a token that works in all of them."));
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        Instant end = days == null ? null : now.plus(Duration.ofDays(days));
        return new Created(save(userId, name, secret, now, end, readOnly, workspaceId), secret);
    }

    /** Stores a token whose secret was chosen elsewhere (the bootstrap token of a fresh instance). */
    @Transactional
    TokenView store(long userId, String name, String secret) {
        return save(userId, name, secret, Instant.now(), null, false, null);
    }

    private TokenView save(
            long userId,
            String name,
            String secret,
            Instant now,
            @Nullable Instant end,
            boolean readOnly,
            @Nullable Long workspaceId) {
        ApiToken token = new ApiToken(
                userId,
                name,
                hash(secret),
                secret.substring(0, Math.min(8, secret.length())),
                now,
                end,
                readOnly,
                workspaceId);
        return view(tokens.save(token));
    }

    /** The token as its owner sees it, with the workspace it is for. */
    private TokenView view(ApiToken token) {
        Long workspaceId = token.workspaceId();
        // (a workspace's tokens go with it: one not found here is one deleted at this moment)
        return token.toView(
                workspaceId == null
                        ? null
                        : workspaces
                                .byId(workspaceId)
                                .orElseGet(() ->
                                        new TokenWorkspaces.TokenWorkspace(workspaceId, "", "a deleted workspace")));
    }

    Page<TokenView> active(long userId, Pageable pageable) {
        return tokens.findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(userId, pageable)
                .map(this::view);
    }

    TokenView get(long userId, long tokenId) {
        return tokens.findByIdAndUserId(tokenId, userId).map(this::view).orElseThrow(() -> new TokenNotFound(tokenId));
    }

    @Transactional
    TokenView revoke(long userId, long tokenId) {
        ApiToken token = tokens.findByIdAndUserId(tokenId, userId).orElseThrow(() -> new TokenNotFound(tokenId));
        token.revoke();
        return view(token);
    }

    /** The workspaces a token of {@code userId} may be made for. */
    List<TokenWorkspaces.TokenWorkspace> workspacesFor(long userId) {
        return workspaces.of(userId);
    }

    /**
     * Whether a token made for the workspace {@code workspaceId} may be sent to {@code path} (from
     * the server's root): an address of that workspace (under its address now or an earlier one),
     * {@code GET /api/v1/me} or the API document; nothing else, and no token or instance administration, so that such a
     * token never makes one for more. Answers the workspace's address to name in a refusal, or none
     * when the path is allowed.
     */
    Optional<String> outsideScope(long workspaceId, String method, String path) {
        boolean reading = method.equals("GET") || method.equals("HEAD");
        if (reading
                && (path.equals("/api/v1/me")
                        || path.equals("/v3/api-docs")
                        || path.startsWith("/v3/api-docs/")
                        || path.equals("/v3/api-docs.yaml"))) {
            // (the API document is the same for everyone: a client generator may read it with the token)
            return Optional.empty();
        }
        String prefix = "/api/v1/workspaces/";
        if (path.startsWith(prefix)) {
            int end = path.indexOf('/', prefix.length());
            String slug = path.substring(prefix.length(), end < 0 ? path.length() : end);
            if (!slug.isEmpty()
                    && workspaces.at(slug).filter(id -> id == workspaceId).isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.of(workspaces
                .byId(workspaceId)
                .map(TokenWorkspaces.TokenWorkspace::slug)
                .orElse("…"));
    }

    /**
     * What a presented secret gives: a person, whether the token only reads and the one workspace it
     * works in (null: all of its owner's), or why it gives nothing.
     */
    sealed interface Presented {
        record Valid(
                TandemPrincipal person,
                boolean readOnly,
                @Nullable Long workspaceId) implements Presented {}

        record Refused(String reason) implements Presented {}
    }

    /**
     * The person a presented secret belongs to, if the token exists, is not revoked and has not
     * expired. Its last use is recorded at most once a minute, so a busy client does not write on
     * every request, and with a bulk update that cannot fail on a parallel request's write (see
     * {@link ApiTokenRepository#recordUse}).
     */
    @Transactional
    Presented authenticate(String secret) {
        Instant now = Instant.now();
        Optional<ApiToken> found = tokens.findByTokenHash(hash(secret)).filter(ApiToken::active);
        if (found.isEmpty()) {
            return new Presented.Refused("The API token is not valid or was revoked.");
        }
        ApiToken token = found.get();
        Instant end = token.expiresAt();
        if (end != null && token.expiredAt(now)) {
            return new Presented.Refused("This API token expired on " + DayWords.time(end)
                    + ". Create another one on your account's API tokens page (/account/tokens).");
        }
        Instant since = now.minus(RECORD_USE_EVERY);
        if (!token.usedAfter(since)) {
            tokens.recordUse(token.id(), now, since);
        }
        return users.findById(token.userId())
                .<Presented>map(user -> user.active()
                        ? new Presented.Valid(user.toPrincipal(), token.readOnly(), token.workspaceId())
                        : new Presented.Refused("The account this API token belongs to is deactivated."))
                .orElseGet(() -> new Presented.Refused("The API token is not valid or was revoked."));
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
