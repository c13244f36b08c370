package app.tandem.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of identity: the first admin ({@code tandem.admin.*}), sign-in lockout
 * ({@code tandem.login.*}), who may read the operations endpoints ({@code tandem.operations.*}),
 * password links ({@code tandem.password-links.*}), the sender of mails ({@code tandem.mail.*}) and
 * the address people reach Tandem at ({@code tandem.base-url}; blank: the address of the request).
 */
@ConfigurationProperties("tandem")
record IdentityProperties(
        Admin admin,
        Login login,
        @DefaultValue Operations operations,
        @DefaultValue PasswordLinkSettings passwordLinks,
        @DefaultValue Mail mail,
        @DefaultValue("") String baseUrl) {

    /** The instance admin created on first start; the password is generated when blank. */
    record Admin(
            @DefaultValue("admin@tandem.local") String email,
            @DefaultValue("") String password,
            @DefaultValue("") String bootstrapToken) {}

    /**
     * After {@code maxFailures} failed sign-ins in a row, the account is locked for {@code lockout}.
     * A password is kept as a bcrypt hash of cost {@code passwordHashCost} (4 to 31; each step doubles
     * the work of setting and of checking a password; a hash keeps the cost it was made with).
     */
    record Login(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("PT5M") Duration lockout,
            @DefaultValue("10") int passwordHashCost) {}

    /**
     * The metrics ({@code /actuator/prometheus}) and the API document ({@code /v3/api-docs}, the
     * Swagger UI) are closed by default: metrics to all but instance admins (a scraper sends an
     * instance admin's API token, or reads them on {@code MANAGEMENT_SERVER_PORT}), the API document
     * to all but signed-in people (a session or an API token). Each can be opened to anyone.
     */
    record Operations(
            @DefaultValue("false") boolean publicMetrics,
            @DefaultValue("false") boolean publicApiDocs) {}

    /** A password link an instance admin creates works once, for {@code validFor}. */
    record PasswordLinkSettings(@DefaultValue("PT24H") Duration validFor) {}

    /**
     * The sender of Tandem's mails. Mail is sent only when {@code spring.mail.host} is set (then
     * {@code spring.mail.port}, {@code .username}, {@code .password} as Spring Boot documents them).
     */
    record Mail(@DefaultValue("tandem@localhost") String from) {}
}
