package app.tandem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Lets the server use the code that Spring's ahead-of-time processing wrote at build time (the
 * {@code process-aot} step of the build: every bean definition as plain code), which starts it
 * without parsing configuration classes, with fewer classes loaded and less memory.
 *
 * <p>That processing decided every condition at build time, for one node with the default settings.
 * A server started with a setting that changes a condition ({@link #DECIDED_AT_BUILD}: sessions or
 * rate limits in the database, a mail server, a separate management port) starts without it, as
 * before, and says so in its log: it would otherwise silently lack the beans those settings ask
 * for. {@code -Dspring.aot.enabled=false} turns it off; a jar built without the step never uses it.
 */
final class AheadOfTime {

    private static final Logger log = LoggerFactory.getLogger(AheadOfTime.class);

    /** Spring's switch for code made ahead of time (a system property, read by Spring as it starts). */
    static final String ENABLED = "spring.aot.enabled";

    /** The settings whose conditions the build decided, with the value it decided them for ("": not set). */
    static final Map<String, String> DECIDED_AT_BUILD = Map.of(
            "tandem.sessions.store", "memory", // database: Spring Session JDBC's configuration
            "tandem.rate-limit.store", "memory", // database: the rate limits' PostgreSQL store
            "spring.mail.host", "", // Spring Boot makes a mail sender only with a host or a JNDI name
            "spring.mail.jndi-name", "",
            "management.server.port", ""); // a management context of its own

    private AheadOfTime() {}

    /**
     * Turns the code made ahead of time on for {@code application} when the build made it and
     * nothing turned it off; the environment then decides whether it is used ({@link #differences}).
     */
    static void prepare(SpringApplication application) {
        if (System.getProperty("spring.aot.processing") != null) {
            return; // this is the build's processing itself
        }
        if (System.getProperty(ENABLED) == null && made()) {
            System.setProperty(ENABLED, "true");
        }
        if (Boolean.getBoolean(ENABLED)) {
            application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>)
                    event -> useOnlyIfBuiltFor(event.getEnvironment()));
        }
    }

    /** Whether this build holds the code made ahead of time. */
    private static boolean made() {
        return ClassUtils.isPresent(
                TandemApplication.class.getName() + "__ApplicationContextInitializer",
                AheadOfTime.class.getClassLoader());
    }

    private static void useOnlyIfBuiltFor(Environment environment) {
        List<String> differences = differences(environment);
        if (!differences.isEmpty()) {
            // read by Spring when it creates the context, which comes after this event
            System.setProperty(ENABLED, "false");
            log.info(
                    "Starting without the code made ahead of time at build time, which was made for other settings: {}",
                    String.join(", ", differences));
        }
    }

    /** The settings of {@code environment} that differ from what the build decided, as "name=value". */
    static List<String> differences(Environment environment) {
        List<String> differences = new ArrayList<>();
        DECIDED_AT_BUILD.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(setting -> {
            String value = environment.getProperty(setting.getKey(), "").strip();
            if (!value.equalsIgnoreCase(setting.getValue())) {
                differences.add(setting.getKey() + "=" + value);
            }
        });
        return differences;
    }
}
