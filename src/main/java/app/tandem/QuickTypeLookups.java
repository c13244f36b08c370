package app.tandem;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.ResolvableType;

/**
 * Spring's bean factory, answering a look-up of beans by a generic type ({@code
 * Customizer<CsrfConfigurer<HttpSecurity>>}) at once when no bean has its raw type ({@code
 * Customizer}), which Spring knows from a cache once the context's configuration is frozen. Spring
 * itself reads every bean definition for each such look-up, and Spring Security 7 makes one for each
 * method of {@code HttpSecurity} that takes a {@code Customizer}, for each filter chain: about 100 of
 * them over Tandem's 900 beans, 5% of a warm start's main thread (async-profiler, December 2026).
 *
 * <p>Only the answer's speed differs: a bean of a generic type is a bean of its raw type, so no raw
 * match means no match. {@code QuickTypeLookupsTest} compares the answers with Spring's own.
 */
class QuickTypeLookups extends DefaultListableBeanFactory {

    /** Makes the server's context with this bean factory, as Spring Boot would make it otherwise. */
    static final ApplicationContextFactory CONTEXTS = type -> {
        if (type != WebApplicationType.SERVLET) {
            return ApplicationContextFactory.DEFAULT.create(type);
        }
        // (with the code made ahead of time, Spring Boot's plain context: AheadOfTime)
        return AotDetector.useGeneratedArtifacts()
                ? new ServletWebServerApplicationContext(new QuickTypeLookups())
                : new AnnotationConfigServletWebServerApplicationContext(new QuickTypeLookups());
    };

    @Override
    public String[] getBeanNamesForType(ResolvableType type, boolean includeNonSingletons, boolean allowEagerInit) {
        Class<?> raw = type.resolve();
        if (raw != null
                && raw != Object.class
                && type.hasGenerics()
                && allowEagerInit
                && isConfigurationFrozen()
                && getBeanNamesForType(raw, includeNonSingletons, true).length == 0) {
            return new String[0];
        }
        return super.getBeanNamesForType(type, includeNonSingletons, allowEagerInit);
    }
}
