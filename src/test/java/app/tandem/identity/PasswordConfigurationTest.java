package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords are set at the cost the settings give, and a password set at another cost still works. */
class PasswordConfigurationTest {

    @Test
    void aPasswordIsSetAtTheCostGivenAndOneSetAtAnotherCostStillSignsIn() {
        PasswordEncoder cheap = PasswordConfiguration.encoder(4);
        String hash = cheap.encode("long-enough-password");
        assertThat(hash).startsWith("{bcrypt}$2a$04$");
        assertThat(cheap.matches("long-enough-password", hash)).isTrue();
        assertThat(cheap.matches("another-password", hash)).isFalse();

        // set before at the default cost (10), as every existing installation's passwords are
        String before = "{bcrypt}" + new BCryptPasswordEncoder(10).encode("set-long-ago");
        assertThat(cheap.matches("set-long-ago", before)).isTrue();
        assertThat(PasswordConfiguration.encoder(5).matches("set-long-ago", cheap.encode("set-long-ago")))
                .isTrue();
    }

    @Test
    void aCostBcryptDoesNotHaveIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> PasswordConfiguration.encoder(3))
                .hasMessageContaining("TANDEM_PASSWORD_HASH_COST")
                .hasMessageContaining("from 4 to 31");
        assertThatThrownBy(() -> PasswordConfiguration.encoder(32)).hasMessageContaining("is 32");
    }
}
