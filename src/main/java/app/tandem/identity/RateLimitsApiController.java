package app.tandem.identity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rate limits in force, which an instance admin may change while Tandem runs (enforced by the
 * API security chain). With the limits in memory a restart goes back to the {@code
 * tandem.rate-limit.*} settings; in the database a change holds on every node until it is changed
 * again.
 */
@RestController
@RequestMapping("/api/v1/admin/rate-limits")
@Tag(name = "Administration", description = "Settings of the instance (instance admins only)")
class RateLimitsApiController {

    private final RateLimits limits;

    RateLimitsApiController(RateLimits limits) {
        this.limits = limits;
    }

    /**
     * The limits: API calls a minute per token and per address without a token, failed sign-ins a
     * minute per address and per account in {@code signInAccountPeriodSeconds}, the version a change
     * starts from, and whether they hold for every node (false: this node's, until it restarts).
     */
    record RateLimitsResponse(
            long version,
            boolean enabled,
            int apiPerToken,
            int apiPerAddress,
            int signInPerAddress,
            int signInPerAccount,
            long signInAccountPeriodSeconds,

            @Schema(
                    description = "true: kept in the database for every node; false: in this node's memory, so a"
                            + " change holds until the node restarts (tandem.rate-limit.store)")
            boolean everyNode) {

        static RateLimitsResponse of(RateLimits.Settings settings, RateLimits limits) {
            return new RateLimitsResponse(
                    settings.version(),
                    settings.enabled(),
                    settings.apiPerToken(),
                    settings.apiPerAddress(),
                    settings.signInPerAddress(),
                    settings.signInPerAccount(),
                    limits.accountPeriod().toSeconds(),
                    limits.keptForEveryNode());
        }
    }

    /**
     * New limits, with the version they started from. The limits as read may be sent back as they
     * are: the period of the per-account limit, a setting of the server's, is then passed over
     * (any other property the request does not have is refused).
     */
    @JsonIgnoreProperties({"signInAccountPeriodSeconds", "everyNode"})
    record RateLimitsRequest(
            @NotNull Long version,
            @NotNull Boolean enabled,

            @NotNull @Schema(minimum = "1", maximum = "" + RateLimits.MAX_LIMIT)
            Integer apiPerToken,

            @NotNull @Schema(minimum = "1", maximum = "" + RateLimits.MAX_LIMIT)
            Integer apiPerAddress,

            @NotNull @Schema(minimum = "1", maximum = "" + RateLimits.MAX_LIMIT)
            Integer signInPerAddress,

            @NotNull @Schema(minimum = "1", maximum = "" + RateLimits.MAX_LIMIT)
            Integer signInPerAccount) {}

    @GetMapping
    @Operation(summary = "Read the rate limits in force")
    RateLimitsResponse get() {
        return RateLimitsResponse.of(limits.settings(), limits);
    }

    @PutMapping
    @Operation(
            summary = "Change the rate limits",
            description = "Every bucket starts afresh. With tandem.rate-limit.store=memory the change holds"
                    + " on this node until it restarts (the answer's everyNode is false); with database, on"
                    + " every node until changed again. 400 names every limit out of range at once.")
    RateLimitsResponse change(@Valid @RequestBody RateLimitsRequest request) {
        RateLimits.Settings changed = limits.change(
                request.version(),
                new RateLimits.Settings(
                        request.version(),
                        request.enabled(),
                        request.apiPerToken(),
                        request.apiPerAddress(),
                        request.signInPerAddress(),
                        request.signInPerAccount()));
        return RateLimitsResponse.of(changed, limits);
    }
}
