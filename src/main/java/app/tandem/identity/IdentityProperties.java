package app.tandem.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of identity: the first admin ({@code tandem.admin.*}) and sign-in lockout
 * ({@code tandem.login.*}).
 */
@ConfigurationProperties("tandem")
record IdentityProperties(Admin admin, Login login) {

    /** The instance admin created on first start; the password is generated when blank. */
    record Admin(
            @DefaultValue("admin@tandem.local") String email,
            @DefaultValue("") String password,
            @DefaultValue("") String bootstrapToken) {}

    /** After {@code maxFailures} failed sign-ins in a row, the account is locked for {@code lockout}. */
    record Login(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("PT5M") Duration lockout) {}
}
