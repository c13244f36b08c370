package app.tandem.identity;

import app.tandem.support.PageResponse;
import app.tandem.support.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The signed-in person and their personal API tokens")
class MeApiController {

    private final ApiTokens tokens;
    private final Paging paging;

    MeApiController(ApiTokens tokens, Paging paging) {
        this.tokens = tokens;
        this.paging = paging;
    }

    record MeResponse(long id, String email, String displayName, boolean instanceAdmin) {}

    record TokenResponse(
            long id,
            String name,
            String prefix,
            Instant createdAt,
            @Nullable Instant lastUsedAt,

            @Schema(description = "When the token stops working; null when it works until revoked") @Nullable Instant expiresAt,

            @Schema(description = "True once expiresAt is past: the token is refused (401) but listed until revoked")
            boolean expired,

            @Schema(description = "True when the token may only read (GET, HEAD): anything else is 403 read-only-token")
            boolean readOnly,

            @Schema(
                    description = "The one workspace the token works in (anywhere else 403 token-scope-exceeded);"
                            + " null when it works in every workspace its owner is a member of")
            @Nullable TokenWorkspaceResponse workspace) {
        static TokenResponse of(TokenView view) {
            return new TokenResponse(
                    view.id(),
                    view.name(),
                    view.prefix(),
                    view.createdAt(),
                    view.lastUsedAt(),
                    view.expiresAt(),
                    view.expired(),
                    view.readOnly(),
                    TokenWorkspaceResponse.of(view.workspace()));
        }
    }

    /** The workspace a token is for: its id, its address (slug) now and its name. */
    record TokenWorkspaceResponse(long id, String slug, String name) {
        static @Nullable TokenWorkspaceResponse of(TokenWorkspaces.@Nullable TokenWorkspace workspace) {
            return workspace == null
                    ? null
                    : new TokenWorkspaceResponse(workspace.id(), workspace.slug(), workspace.name());
        }
    }

    record CreatedTokenResponse(
            long id,
            String name,
            String prefix,
            Instant createdAt,
            @Nullable Instant expiresAt,
            boolean readOnly,
            @Nullable TokenWorkspaceResponse workspace,
            String token) {}

    record CreateTokenRequest(
            @NotBlank(message = "Give the token a name, such as 'CI import'.") @Size(max = 100, message = ApiTokens.NAME_TOO_LONG) String name,

            @Schema(
                    description =
                            "How many days the token works, from now; leave it out for a token that works until revoked",
                    minimum = "1",
                    maximum = "3650")
            @Min(value = 1, message = ApiTokens.DAYS_OUT_OF_RANGE) @Max(value = ApiTokens.MOST_DAYS, message = ApiTokens.DAYS_OUT_OF_RANGE) @Nullable Integer expiresInDays,

            @Schema(description = "True for a token that may only read (GET, HEAD); false when left out") @Nullable Boolean readOnly,

            @Schema(
                    description = "The address (slug) of one workspace of yours: the token works there only (and"
                            + " for GET /api/v1/me), anywhere else 403 token-scope-exceeded; leave it out for a token"
                            + " that works in every workspace you are a member of. 400 naming workspace for one you"
                            + " are no member of",
                    maxLength = 100)
            @Size(max = 100, message = "A workspace's address has at most 100 characters.") @Nullable String workspace) {}

    @GetMapping
    @Operation(summary = "Who am I")
    MeResponse me(@AuthenticationPrincipal TandemPrincipal me) {
        return new MeResponse(me.id(), me.email(), me.displayName(), me.instanceAdmin());
    }

    @GetMapping("/tokens")
    @Operation(summary = "List my API tokens that are not revoked, expired ones too (never the secrets)")
    PageResponse<TokenResponse> tokens(
            @AuthenticationPrincipal TandemPrincipal me,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(tokens.active(me.id(), paging.of(page, size, Sort.unsorted())), TokenResponse::of);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/tokens")
    @Operation(summary = "Create an API token; the response holds the secret, shown this once")
    ResponseEntity<CreatedTokenResponse> create(
            @AuthenticationPrincipal TandemPrincipal me, @Valid @RequestBody CreateTokenRequest request) {
        ApiTokens.Created created = tokens.create(
                me.id(),
                request.name(),
                request.expiresInDays(),
                Boolean.TRUE.equals(request.readOnly()),
                request.workspace());
        TokenView view = created.token();
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + view.id()))
                .body(new CreatedTokenResponse(
                        view.id(),
                        view.name(),
                        view.prefix(),
                        view.createdAt(),
                        view.expiresAt(),
                        view.readOnly(),
                        TokenWorkspaceResponse.of(view.workspace()),
                        created.secret()));
    }

    @GetMapping("/tokens/{id}")
    @Operation(summary = "One of my API tokens (never the secret); a revoked one is not found")
    TokenResponse token(@AuthenticationPrincipal TandemPrincipal me, @PathVariable long id) {
        TokenView token = tokens.get(me.id(), id);
        if (!token.active()) {
            throw new TokenNotFound(id);
        }
        return TokenResponse.of(token);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of my API tokens")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal TandemPrincipal me, @PathVariable long id) {
        tokens.revoke(me.id(), id);
        return ResponseEntity.noContent().build();
    }
}
