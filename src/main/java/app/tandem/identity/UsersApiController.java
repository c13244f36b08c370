package app.tandem.identity;

import app.tandem.support.CreatedWithoutLocation;
import app.tandem.support.IfMatch;
import app.tandem.support.PageResponse;
import app.tandem.support.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** People of the instance; instance admins only (enforced by the API security chain). */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "People who can sign in (instance admins only)")
class UsersApiController {

    private final Users users;
    private final Paging paging;
    private final PasswordLinks links;
    private final PasswordLinkMail mail;
    private final IdentityProperties properties;

    UsersApiController(
            Users users, Paging paging, PasswordLinks links, PasswordLinkMail mail, IdentityProperties properties) {
        this.users = users;
        this.paging = paging;
        this.links = links;
        this.mail = mail;
        this.properties = properties;
    }

    /**
     * A new password link: the address to pass on (shown only this once), until when it works, and
     * whether it was mailed to the person ({@code SENT}, {@code NO_MAIL_SET_UP} or {@code FAILED}).
     */
    record PasswordLinkResponse(long userId, String email, String url, Instant expiresAt, String mail) {}

    record CreateUserRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 120) String displayName,

            @NotBlank @Size(min = Users.MIN_PASSWORD_LENGTH, max = 200) String password,

            @Nullable Boolean instanceAdmin) {}

    /** An account made active or inactive, from the version read. */
    record AccountActiveChange(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "false deactivates the account, true reactivates it (and ends a lockout)")
            @NotNull(message = "Say true (active) or false (deactivated).")
            Boolean active,

            @Schema(description = "the account's version: " + IfMatch.VERSION_DOC) @Nullable Long version) {}

    @GetMapping
    @Operation(summary = "List people, with whether each account is active or locked")
    PageResponse<AccountView> list(
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(users.accounts(paging.of(page, size, Sort.unsorted())), u -> u);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person (the address a new one is given)")
    AccountView get(@PathVariable long id) {
        return users.account(id);
    }

    @PutMapping("/{id}/active")
    @Operation(
            summary = "Deactivate or reactivate an account",
            description = "A deactivated person cannot sign in, their browser sessions end at their next page and"
                    + " their API tokens are refused (401), until the account is reactivated; reactivating also"
                    + " ends a lockout after failed sign-ins. Nobody deactivates their own account or the last"
                    + " active instance admin's (409)."
                    + IfMatch.EDIT_DOC)
    AccountView changeActive(
            @AuthenticationPrincipal TandemPrincipal me,
            @PathVariable long id,
            @Parameter(description = IfMatch.HEADER_DOC)
                    @RequestHeader(name = IfMatch.HEADER, required = false)
                    @Nullable String ifMatch,
            @Valid @RequestBody AccountActiveChange change) {
        long version = IfMatch.version(change.version(), ifMatch);
        return Boolean.TRUE.equals(change.active())
                ? users.reactivate(id, version)
                : users.deactivate(me.id(), id, version);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Create a person who can sign in")
    ResponseEntity<UserSummary> create(@Valid @RequestBody CreateUserRequest request) {
        UserSummary created = users.create(
                request.email(),
                request.displayName(),
                request.password(),
                Boolean.TRUE.equals(request.instanceAdmin()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
                .body(created);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @CreatedWithoutLocation
    @PostMapping("/{id}/password-links")
    @Operation(
            summary = "Create a one-time link with which the person chooses a password",
            description = "The link works once, for tandem.password-links.valid-for (24 hours by default);"
                    + " the person's earlier links stop working. It is mailed to the person when mail is set up.")
    ResponseEntity<PasswordLinkResponse> createPasswordLink(
            @AuthenticationPrincipal TandemPrincipal me, @PathVariable long id) {
        PasswordLinks.Created created = links.create(me.id(), id);
        String url = PasswordLinkController.urlOf(created, properties);
        PasswordLinkMail.Outcome outcome = mail.send(created, url, me.displayName());
        return ResponseEntity.status(201)
                .body(new PasswordLinkResponse(
                        created.person().id(), created.person().email(), url, created.expiresAt(), outcome.name()));
    }
}
