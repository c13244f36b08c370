package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.mock.env.MockEnvironment;

/** Which settings keep a server from the code made ahead of time (the rest: {@code AheadOfTimeStartIT}). */
class AheadOfTimeTest {

    @Test
    void theOneNodeDefaultsAreWhatTheBuildDecided() {
        MockEnvironment defaults = new MockEnvironment()
                .withProperty("tandem.sessions.store", "memory")
                .withProperty("tandem.rate-limit.store", "Memory")
                .withProperty("tandem.search.backend", "opensearch") // decided when the server starts
                .withProperty("spring.mail.host", "");

        assertThat(AheadOfTime.differences(defaults)).isEmpty();
    }

    @Test
    void eachSettingThatChangesAConditionIsNamed() {
        MockEnvironment severalNodes = new MockEnvironment()
                .withProperty("tandem.sessions.store", "database")
                .withProperty("tandem.rate-limit.store", "database")
                .withProperty("spring.mail.host", "smtp.example.com")
                .withProperty("management.server.port", "9090");

        assertThat(AheadOfTime.differences(severalNodes))
                .containsExactly(
                        "management.server.port=9090",
                        "spring.mail.host=smtp.example.com",
                        "tandem.rate-limit.store=database",
                        "tandem.sessions.store=database");
    }

    @Test
    void aMissingSessionStoreIsNotTheBuildsMemory() {
        // application.yml always gives one; a setting removed from it must not pass unnoticed
        assertThat(AheadOfTime.differences(new MockEnvironment()))
                .containsExactly("tandem.rate-limit.store=", "tandem.sessions.store=");
    }

    @Test
    void everySettingThatTandemsOwnBeansDependOnIsChecked() {
        // a new @ConditionalOnProperty is decided by the build too: a server started with another
        // value must start without the code made ahead of time, or it would silently miss the bean
        Set<String> conditions = new TreeSet<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> {
            AnnotationMetadata type = reader.getAnnotationMetadata();
            Stream.concat(
                            Stream.of(type.getAnnotationAttributes(ConditionalOnProperty.class.getName())),
                            type.getAnnotatedMethods(ConditionalOnProperty.class.getName()).stream()
                                    .map(method ->
                                            method.getAnnotationAttributes(ConditionalOnProperty.class.getName())))
                    .filter(Objects::nonNull)
                    .forEach(condition -> {
                        String prefix = (String) condition.get("prefix");
                        String[] names = ((String[]) condition.get("name")).length > 0
                                ? (String[]) condition.get("name")
                                : (String[]) condition.get("value");
                        for (String name : names) {
                            conditions.add(prefix.isEmpty() ? name : prefix + "." + name);
                        }
                    });
            return false;
        });
        scanner.findCandidateComponents("app.tandem");

        assertThat(conditions)
                .as("the scan finds the conditions there are")
                .contains("tandem.sessions.store", "tandem.rate-limit.store");
        assertThat(AheadOfTime.DECIDED_AT_BUILD.keySet()).containsAll(conditions);
    }
}
