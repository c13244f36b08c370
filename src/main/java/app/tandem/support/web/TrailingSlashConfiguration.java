package app.tandem.support.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * An address of a page or of the API typed or linked with a slash at its end ({@code
 * /w/budgetly/insights/}) is redirected to the one without, which is the page, instead of answering
 * 404: Spring's {@link UrlHandlerFilter}, first in the chain (before the body limit and security), with
 * 308, which keeps an API call's method and body.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class TrailingSlashConfiguration {

    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashes() {
        FilterRegistrationBean<UrlHandlerFilter> registration =
                new FilterRegistrationBean<>(UrlHandlerFilter.trailingSlashHandler("/w/**", "/api/**")
                        .redirect(HttpStatus.PERMANENT_REDIRECT)
                        .build());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
