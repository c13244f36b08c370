package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.DomainException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/** Every problem type the API answers leads to a page that says what it means. */
class ProblemTypesTest {

    private final ProblemTypes types = new ProblemTypes();

    /** The code {@link DomainException#code()} gives a class of this name. */
    private static String codeOf(Class<?> type) {
        return type.getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1-$2")
                .replaceAll("([A-Z])([A-Z][a-z])", "$1-$2")
                .toLowerCase();
    }

    @Test
    void everyDomainRefusalHasADescription() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scan.addIncludeFilter(new AssignableTypeFilter(DomainException.class));
        Set<String> missing = new TreeSet<>();
        List<String> seen = new ArrayList<>();
        for (BeanDefinition found : scan.findCandidateComponents("app.tandem")) {
            Class<?> type =
                    ClassUtils.forName(found.getBeanClassName(), getClass().getClassLoader());
            if (Modifier.isAbstract(type.getModifiers()) || type.getName().contains("Test")) {
                continue;
            }
            String code = codeOf(type);
            seen.add(code);
            if (types.find(code).isEmpty()) {
                missing.add(code + " (" + type.getName() + ")");
            }
        }
        assertThat(seen).as("the scan finds the refusals").hasSizeGreaterThan(90);
        assertThat(missing)
                .as("problem types without a line in " + ProblemTypes.RESOURCE)
                .isEmpty();
    }

    @Test
    void theCodesTandemWritesItselfHaveDescriptionsToo() {
        for (String code : List.of(
                "invalid-token",
                "csv-rows-invalid",
                "unreadable-body",
                "internal-error",
                "not-found",
                "concurrent-change",
                "invalid-request",
                "calendar-link-unknown",
                "length-required",
                "unauthenticated")) {
            assertThat(types.find(code)).as(code).isPresent();
            assertThat(types.all()).as(code).anyMatch(t -> t.code().equals(code));
        }
    }

    @Test
    void eachTypeHasTheStatusItsRefusalsAnswerAndSaysSomething() {
        assertThat(types.find("concurrent-change").orElseThrow().status()).isEqualTo(409);
        assertThat(types.find("concurrent-change").orElseThrow().title()).isEqualTo("Conflict");
        assertThat(types.find("invalid-input").orElseThrow().title()).isEqualTo("Invalid request");
        assertThat(types.find("rate-limited").orElseThrow().status()).isEqualTo(429);
        assertThat(types.all()).allSatisfy(t -> {
            assertThat(t.status()).as(t.code()).isBetween(400, 599);
            assertThat(t.description()).as(t.code()).hasSizeGreaterThan(20).endsWith(".");
        });
    }

    @Test
    void aStatusSpringAnswersItselfIsThatStatusAndAnythingElseIsNoType() {
        assertThat(types.find("gone").orElseThrow().status()).isEqualTo(410);
        assertThat(types.find("status-599").orElseThrow().status()).isEqualTo(599);
        assertThat(types.find("no-such-problem")).isEmpty();
        assertThat(types.find("ok")).isEmpty();
    }
}
