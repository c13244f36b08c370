package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Hibernate runs without proxy classes ({@code NoEntityProxies}): no entity may hold another as a
 * to-one association, which is the one thing that would need a proxy.
 */
class EntitiesWithoutProxiesTest {

    @Test
    void entitiesReferToEachOtherByIdOnly() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        List<String> entities = new ArrayList<>();
        List<String> toOne = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("app.tandem")) {
            Class<?> type =
                    ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            entities.add(type.getSimpleName());
            for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class)) {
                        toOne.add(type.getSimpleName() + "." + field.getName());
                    }
                }
            }
        }
        assertThat(entities)
                .as("the scan finds the entities")
                .hasSizeGreaterThan(20)
                .contains("Insight");
        assertThat(toOne)
                .as("to-one associations need Hibernate's proxies, which Tandem does not generate"
                        + " (app.tandem.support.persistence.NoEntityProxies): refer to the other entity by id")
                .isEmpty();
    }
}
