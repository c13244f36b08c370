package app.tandem.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of identity: the first admin ({@code tandem.admin.*}), sign-in lockout
 * ({@code tandem.login.*}) and who may read the operations endpoints ({@code tandem.operations.*}).
 */
@ConfigurationProperties("tandem")
record IdentityProperties(
        Admin admin, Login login, @DefaultValue Operations operations) {

    /** The instance admin created on first start; the password is generated when blank. */
    record Admin(
            @DefaultValue("admin@tandem.local") String email,
            @DefaultValue("") String password,
            @DefaultValue("") String bootstrapToken) {}

    /** After {@code maxFailures} failed sign-ins in a row, the account is locked for {@code lockout}. */
    record Login(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("PT5M") Duration lockout) {}

    /**
     * The metrics ({@code /actuator/prometheus}) and the API document ({@code /v3/api-docs}, the
     * Swagger UI) are closed by default: metrics to all but instance admins (a scraper sends an
     * instance admin's API token, or reads them on {@code MANAGEMENT_SERVER_PORT}), the API document
     * to all but signed-in people (a session or an API token). Each can be opened to anyone.
     */
    record Operations(
            @DefaultValue("false") boolean publicMetrics,
            @DefaultValue("false") boolean publicApiDocs) {}
}
