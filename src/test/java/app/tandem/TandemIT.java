package app.tandem;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a random port, on the embedded H2
 * database in a folder of its own, or on the PostgreSQL server named by the
 * {@code spring.datasource.*} system properties (the {@code postgres} Maven profile). Every test
 * class extends this, so they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class TandemIT {

    public static final String ADMIN_EMAIL = "admin@tandem.local";
    public static final String ADMIN_PASSWORD = "correct-horse-battery";
    public static final String ADMIN_TOKEN = "tdm_test-bootstrap-token-0123456789";

    private static final Path DATA_DIR = DataDirectory.create("it-data-");

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DataDirectory.register(registry, DATA_DIR);
        registry.add("tandem.admin.password", () -> ADMIN_PASSWORD);
        registry.add("tandem.admin.bootstrap-token", () -> ADMIN_TOKEN);
        // (bcrypt's least cost: the suite sets and checks hundreds of passwords, about 0.15 s each at
        // the default cost on this machine, and what it tests of a password does not depend on it)
        registry.add("tandem.login.password-hash-cost", () -> "4");
        registry.add("tandem.login.max-failures", () -> "3");
        registry.add("tandem.webhooks.retry-schedule", () -> "0s,300ms,300ms,300ms,300ms,300ms,300ms,300ms");
        // the suite signs in and calls the API far more often than a person: RateLimitIT turns it on
        registry.add("tandem.rate-limit.enabled", () -> "false");
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The API as the instance admin (the bootstrap token). */
    protected Api admin() {
        return new Api(baseUrl(), ADMIN_TOKEN);
    }

    protected Api anonymous() {
        return new Api(baseUrl(), null);
    }

    /**
     * {@code n} requests sent together, each waiting until all are ready: what {@code request} made of
     * each answer (its status, most often), in the order of {@code i}.
     */
    protected static <T> java.util.List<T> atOnce(int n, java.util.function.IntFunction<T> request) throws Exception {
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(n);
        try (java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(n)) {
            java.util.List<java.util.concurrent.Future<T>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                answers.add(threads.submit(() -> {
                    together.await();
                    return request.apply(index);
                }));
            }
            java.util.List<T> results = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<T> answer : answers) {
                results.add(answer.get());
            }
            return results;
        }
    }

    /** A unique suffix, so tests never collide, also on a shared PostgreSQL database. */
    protected static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A person of the instance, with their id, email and the API as them. */
    public record Person(long id, String email, String password, Api api) {}

    /**
     * A new person (as {@link #newPerson}) whom the instance admin made a member of the workspace
     * {@code slug} with {@code role} ({@code ADMIN}, {@code MEMBER} or {@code VIEWER}).
     */
    protected Person newMember(String slug, String name, String role) {
        Person person = newPerson(name);
        Api.Response added = admin().post(
                        "/api/v1/workspaces/" + slug + "/members",
                        "{\"email\":\"" + person.email() + "\",\"role\":\"" + role + "\"}");
        if (added.status() != 201) {
            throw new IllegalStateException("Could not add " + person.email() + ": " + added.text());
        }
        return person;
    }

    /**
     * Creates a person (as the instance admin would), signs them in through the login form and
     * creates their personal API token on the tokens page, as a person does.
     */
    protected Person newPerson(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "." + unique() + "@example.com";
        String password = "long-enough-password";
        Api.Response created = admin().post(
                        "/api/v1/users",
                        "{\"email\":\"" + email + "\",\"displayName\":\"" + name + "\",\"password\":\"" + password
                                + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create " + email + ": " + created.text());
        }
        WebSession session = new WebSession(baseUrl());
        session.login(email, password);
        String token = session.createToken("tests");
        return new Person(created.json().path("id").asLong(), email, password, new Api(baseUrl(), token));
    }
}
