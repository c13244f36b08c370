package app.tandem.support.advice;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Advisor;
import org.springframework.aop.aspectj.annotation.AnnotationAwareAspectJAutoProxyCreator;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.scheduling.annotation.AsyncAnnotationBeanPostProcessor;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.config.TaskManagementConfigUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * Spring looks for advice ({@code @Transactional}, {@code @Async}, Spring Modulith's completion of
 * event publications) and for {@code @Scheduled} methods on the beans of Tandem and of Spring
 * Modulith only, not on the framework's own several hundred beans, none of which carries any.
 *
 * <p>Spring's auto-proxy creator and its {@code @Async} post-processor match every advisor's
 * pointcut against every method of every bean as the context starts: 12% of a warm start's main
 * thread in a profile (async-profiler, December 2026), nearly all of it on Spring Boot's, Spring
 * MVC's, Spring Security's, Hibernate's and Tomcat's beans. With this, 5%, and a warm start about
 * 0.1-0.2 s sooner. {@code OwnBeansOnlyIT} fails when a bean outside these packages would be advised
 * or has a {@code @Scheduled} method (a library that gains a {@code @Transactional} bean, say): add
 * its package to {@link #PACKAGES}.
 */
@Configuration(proxyBeanMethods = false)
class OwnBeansOnly {

    /** The packages whose beans may be advised. */
    static final String[] PACKAGES = {"app.tandem.", "org.springframework.modulith."};

    /** Whether a bean of this class may be advised: a class of those packages, or a proxy of one. */
    static boolean mayBeAdvised(Class<?> type) {
        if (Proxy.isProxyClass(type)) {
            for (Class<?> implemented : type.getInterfaces()) {
                if (mayBeAdvised(implemented)) {
                    return true;
                }
            }
            return false;
        }
        for (String prefix : PACKAGES) {
            if (type.getName().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Puts the three in place of Spring's: the auto-proxy creator that {@code
     * @EnableTransactionManagement} and Spring Boot register, the {@code @Async} post-processor of
     * {@code @EnableAsync} and the {@code @Scheduled} one of {@code @EnableScheduling}. At build time
     * too, so the code made ahead of time makes them directly (a start from it finds them in place and
     * changes nothing).
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static BeanFactoryPostProcessor ownBeansOnlyPostProcessors() {
        return beanFactory -> {
            if (!(beanFactory instanceof BeanDefinitionRegistry registry)) {
                return;
            }
            String creator = AopConfigUtils.AUTO_PROXY_CREATOR_BEAN_NAME;
            if (registry.containsBeanDefinition(creator)
                    && registry.getBeanDefinition(creator) instanceof RootBeanDefinition definition
                    && AnnotationAwareAspectJAutoProxyCreator.class.getName().equals(definition.getBeanClassName())) {
                definition.setBeanClass(AutoProxyCreator.class);
                definition.setInstanceSupplier(null);
            }
            replace(
                    registry,
                    TaskManagementConfigUtils.ASYNC_ANNOTATION_PROCESSOR_BEAN_NAME,
                    "asyncAdvisor",
                    AsyncProcessor.class);
            replace(
                    registry,
                    TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME,
                    "scheduledAnnotationProcessor",
                    ScheduledProcessor.class);
        };
    }

    /** Puts {@code type} in place of the bean {@code name} that {@code factoryMethod} of Spring's makes. */
    private static void replace(BeanDefinitionRegistry registry, String name, String factoryMethod, Class<?> type) {
        if (registry.containsBeanDefinition(name)
                && factoryMethod.equals(registry.getBeanDefinition(name).getFactoryMethodName())) {
            RootBeanDefinition replacement = new RootBeanDefinition(type);
            replacement.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
            registry.removeBeanDefinition(name);
            registry.registerBeanDefinition(name, replacement);
        }
    }

    /**
     * {@code @EnableScheduling}'s post-processor, which looks for {@code @Scheduled} methods on those
     * beans only (it read every method of every bean: 3% of a warm start's main thread).
     */
    static class ScheduledProcessor extends ScheduledAnnotationBeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return mayBeAdvised(AopProxyUtils.ultimateTargetClass(bean))
                    ? super.postProcessAfterInitialization(bean, beanName)
                    : bean;
        }
    }

    /**
     * Spring's auto-proxy creator as Spring Boot sets it up, except that it looks for no
     * {@code @Aspect} beans: Tandem has none, and looking read the annotations of every bean's class
     * (4% of a warm start's main thread). {@code OwnBeansOnlyIT} fails if one comes.
     */
    static class AutoProxyCreator extends AnnotationAwareAspectJAutoProxyCreator {

        AutoProxyCreator() {
            setIncludePatterns(List.of()); // (the names of the beans that may be aspects: none)
        }

        @Override
        protected boolean shouldSkip(Class<?> beanClass, String beanName) {
            return !mayBeAdvised(beanClass) || super.shouldSkip(beanClass, beanName);
        }

        /** (asked of every bean before {@link #shouldSkip}; Spring's reads its class's annotations) */
        @Override
        protected boolean isInfrastructureClass(Class<?> beanClass) {
            return !mayBeAdvised(beanClass) || super.isInfrastructureClass(beanClass);
        }
    }

    /**
     * {@code @EnableAsync}'s post-processor as its {@code ProxyAsyncConfiguration} makes it with the
     * annotation's defaults: the executor and the handler of uncaught exceptions of the one {@link
     * AsyncConfigurer} (Spring Boot's, which gives the application's task executor), asked at the first
     * call.
     */
    static class AsyncProcessor extends AsyncAnnotationBeanPostProcessor {

        @Override
        public void setBeanFactory(BeanFactory beanFactory) {
            SingletonSupplier<AsyncConfigurer> configurer = SingletonSupplier.ofNullable(
                    () -> beanFactory.getBeanProvider(AsyncConfigurer.class).getIfUnique());
            configure(() -> executor(configurer.get()), () -> uncaught(configurer.get()));
            super.setBeanFactory(beanFactory);
        }

        private static @Nullable Executor executor(@Nullable AsyncConfigurer configurer) {
            return configurer == null ? null : configurer.getAsyncExecutor();
        }

        private static @Nullable AsyncUncaughtExceptionHandler uncaught(@Nullable AsyncConfigurer configurer) {
            return configurer == null ? null : configurer.getAsyncUncaughtExceptionHandler();
        }

        @Override
        protected boolean isEligible(Class<?> targetClass) {
            return mayBeAdvised(targetClass) && super.isEligible(targetClass);
        }

        /** The advisor it applies (for OwnBeansOnlyIT). */
        @Nullable Advisor advisor() {
            return advisor;
        }
    }
}
