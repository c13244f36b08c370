package app.tandem.identity;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start of an empty instance: creates the instance admin (password from
 * {@code TANDEM_ADMIN_PASSWORD} or generated and printed once), the bootstrap API token when
 * {@code TANDEM_BOOTSTRAP_TOKEN} is set, and publishes {@link InstanceInitialized} in the same
 * transaction. Prints the URL and the login once the server is ready.
 */
@Component
@Order(0)
class InstanceBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InstanceBootstrap.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Users users;
    private final ApiTokens tokens;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Environment environment;
    private final JdbcClient jdbc;
    private String firstLogin = "";

    InstanceBootstrap(
            Users users,
            ApiTokens tokens,
            IdentityProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Environment environment,
            JdbcClient jdbc) {
        this.users = users;
        this.tokens = tokens;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.environment = environment;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        // (plain SQL: the start's first query through Hibernate took about 0.1 s, all of it before the
        // server is ready; the first request that needs Hibernate's queries now pays it)
        if (jdbc.sql("select count(*) from users").query(Long.class).single() > 0) {
            return;
        }
        String password = properties.admin().password();
        boolean generated = password.isBlank();
        if (generated) {
            password = generatePassword();
        }
        String adminPassword = password;
        try {
            transactions.executeWithoutResult(status -> {
                UserSummary admin = users.create(properties.admin().email(), "Instance admin", adminPassword, true);
                String bootstrapToken = properties.admin().bootstrapToken();
                if (!bootstrapToken.isBlank()) {
                    if (bootstrapToken.length() < 20) {
                        throw new IllegalStateException("TANDEM_BOOTSTRAP_TOKEN must be at least 20 characters long.");
                    }
                    tokens.store(admin.id(), "bootstrap", bootstrapToken);
                }
                events.publishEvent(new InstanceInitialized(admin.id()));
            });
        } catch (DataIntegrityViolationException | EmailAlreadyUsed e) {
            // both nodes of a first start found no user; the other one's admin committed first (seen by
            // the e-mail check, or by the unique key when both inserted at once)
            log.info("Another node initialised this instance at the same time; using its admin.");
            return;
        }
        firstLogin = "Sign in as " + properties.admin().email()
                + (generated
                        ? " with the password " + adminPassword + " (shown only this once)"
                        : " with TANDEM_ADMIN_PASSWORD");
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String url = environment.getProperty("tandem.base-url", "");
        if (url.isBlank()) {
            url = "http://localhost:" + port;
        }
        log.info("Tandem is ready at {}", url);
        if (!firstLogin.isEmpty()) {
            log.info(firstLogin);
            firstLogin = "";
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
