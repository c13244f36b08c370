package app.tandem.identity;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing, for the server and the command line alike: Spring Security's delegating encoder,
 * which makes bcrypt hashes ({@code {bcrypt}...}) of the cost {@code tandem.login.password-hash-cost}
 * (10 by default) and checks a hash of any cost or of any encoder it knows.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(IdentityProperties properties) {
        return encoder(properties.login().passwordHashCost());
    }

    static PasswordEncoder encoder(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalStateException("tandem.login.password-hash-cost (TANDEM_PASSWORD_HASH_COST) is " + cost
                    + ": give a bcrypt cost from 4 to 31 (10 by default).");
        }
        // (the factory's encoders, to check hashes of any kind it makes, with bcrypt's of this cost)
        DelegatingPasswordEncoder known =
                (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("bcrypt", new BCryptPasswordEncoder(cost));
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt", encoders);
        encoder.setDefaultPasswordEncoderForMatches(known);
        return encoder;
    }
}
