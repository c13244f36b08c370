package app.tandem.support.web;

import app.tandem.support.BodyLimits;
import app.tandem.support.Refusals;
import app.tandem.support.UploadPath;
import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.core.StreamReadConstraints;

/**
 * Puts {@link BodyLimitFilter} first in the chain, ahead of Spring Security, and bounds the JSON
 * the application's {@code JsonMapper} reads (Jackson's stream read constraints, on the factory:
 * a mapper builder cannot change them). Runs after Boot's own factory customizer, so these win over
 * {@code spring.jackson.factory.constraints.read.*}. It also refuses {@code null} elements in the
 * lists and maps of a body.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class BodyLimitConfiguration {

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(
            BodyLimits limits, ObjectProvider<UploadPath> uploads, Refusals refusals) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(new BodyLimitFilter(
                limits, uploads.orderedStream().map(UploadPath::pattern).toList(), refusals));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    JsonFactoryBuilderCustomizer jsonReadLimits(BodyLimits limits) {
        long maxBody = limits.maxBody().toBytes();
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(maxBody)
                .maxStringLength((int) Math.min(maxBody, Integer.MAX_VALUE))
                .maxNestingDepth(limits.maxJsonDepth())
                .maxNumberLength(limits.maxJsonNumberLength())
                .build();
        return builder -> builder.streamReadConstraints(constraints);
    }

    /**
     * A {@code null} inside a list or map of a request body ({@code "stages": [null]}) is refused
     * where it is read, as a 400 naming the element ({@code stages[0]}), instead of reaching code that
     * expects elements: no request type has to remember {@code List<@NotNull ...>}.
     */
    @Bean
    JsonMapperBuilderCustomizer noNullElements() {
        return builder -> builder.changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL));
    }
}
