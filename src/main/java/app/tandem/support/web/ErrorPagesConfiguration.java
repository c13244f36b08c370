package app.tandem.support.web;

import app.tandem.support.PageLayout;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Puts {@link ErrorPages} in place of Spring Boot's error controller (Boot's backs off when one exists). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ErrorPagesConfiguration {

    @Bean
    ErrorPages errorPages(
            ErrorAttributes errorAttributes,
            WebProperties web,
            ObjectProvider<ErrorViewResolver> resolvers,
            JsonMapper json,
            ObjectProvider<PageLayout> layout) {
        return new ErrorPages(errorAttributes, web, resolvers.orderedStream().toList(), json, layout);
    }
}
