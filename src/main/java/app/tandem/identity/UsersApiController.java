package app.tandem.identity;

import app.tandem.support.PageResponse;
import app.tandem.support.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** People of the instance; instance admins only (enforced by the API security chain). */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "People who can sign in (instance admins only)")
class UsersApiController {

    private final Users users;
    private final Paging paging;

    UsersApiController(Users users, Paging paging) {
        this.users = users;
        this.paging = paging;
    }

    record CreateUserRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 120) String displayName,

            @NotBlank @Size(min = Users.MIN_PASSWORD_LENGTH, max = 200) String password,

            @Nullable Boolean instanceAdmin) {}

    @GetMapping
    @Operation(summary = "List people")
    PageResponse<UserSummary> list(
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return PageResponse.of(users.all(paging.of(page, size, Sort.unsorted())), u -> u);
    }

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
}
