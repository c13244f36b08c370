package app.tandem.support.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxMvcAutoConfiguration;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's handler mapping, asking whether a controller method's arguments and return value are
 * to be validated (Bean Validation's constraints on its parameters, {@code @Size(max = 12)
 * List<@Valid …>}) when the method is first called instead of for every one of them as the server
 * starts. Spring 7 asks it of each of Tandem's ~700 controller methods while it registers them,
 * reading every parameter's annotations: about 3.5% of a warm start's main thread (async-profiler,
 * December 2026), for methods most of which no request calls before the server is ready.
 *
 * <p>The answer is Spring's own ({@link HandlerMethod#createWithValidateFlags()}), asked once per
 * method, the first time a request is mapped to it ({@link HandlerMethod#createWithResolvedBean()},
 * which Spring calls for every request it maps); what the request gets is what it got before.
 * {@code HandlerChecksOnFirstUseIT} compares every method's answer with Spring's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class HandlerChecksOnFirstUse {

    /**
     * htmx-spring-boot's registrations (its handler mapping reads {@code @HxRequest}; its adapter and
     * exception resolver its response advice), with this handler mapping made from its own. Primary:
     * Spring Boot takes none of two registrations that are not.
     */
    @Bean
    @Primary
    WebMvcRegistrations handlerMappingCheckingOnFirstUse(HtmxMvcAutoConfiguration htmx) {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new Mapping();
            }

            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return htmx.getRequestMappingHandlerAdapter();
            }

            @Override
            public ExceptionHandlerExceptionResolver getExceptionHandlerExceptionResolver() {
                return htmx.getExceptionHandlerExceptionResolver();
            }
        };
    }

    /** htmx-spring-boot's handler mapping, registering each controller method as a {@link CheckedOnFirstUse}. */
    static final class Mapping extends HtmxRequestMappingHandlerMapping {

        @Override
        protected HandlerMethod createHandlerMethod(Object handler, Method method) {
            if (handler instanceof String beanName) {
                var context = obtainApplicationContext();
                return new CheckedOnFirstUse(beanName, context.getAutowireCapableBeanFactory(), context, method);
            }
            return super.createHandlerMethod(handler, method);
        }
    }

    /**
     * A controller method as registered, whose validation flags are worked out by Spring the first
     * time a request is mapped to it.
     */
    static final class CheckedOnFirstUse extends HandlerMethod {

        /** Whether this is the copy whose flags Spring has set. */
        private final boolean checked;

        private volatile @Nullable HandlerMethod withFlags;

        CheckedOnFirstUse(String beanName, BeanFactory beans, @Nullable MessageSource messages, Method method) {
            super(beanName, beans, messages, method);
            this.checked = false;
        }

        private CheckedOnFirstUse(CheckedOnFirstUse registered) {
            // (Spring's own check of the arguments and return value, as createWithValidateFlags asks it)
            super(registered, null, true);
            this.checked = true;
        }

        /** The method as registered: its check waits for its first request. */
        @Override
        public HandlerMethod createWithValidateFlags() {
            return checked ? super.createWithValidateFlags() : this;
        }

        @Override
        public HandlerMethod createWithResolvedBean() {
            if (checked) {
                return super.createWithResolvedBean();
            }
            HandlerMethod copy = withFlags;
            if (copy == null) {
                copy = new CheckedOnFirstUse(this);
                withFlags = copy;
            }
            return copy.createWithResolvedBean();
        }

        /** This method with Spring's validation flags, as a request gets it. */
        HandlerMethod checked() {
            return createWithResolvedBean();
        }
    }
}
