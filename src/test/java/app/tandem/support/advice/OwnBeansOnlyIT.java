package app.tandem.support.advice;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemIT;
import java.util.ArrayList;
import java.util.List;
import org.aspectj.lang.annotation.Aspect;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.scheduling.annotation.AsyncAnnotationBeanPostProcessor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.Schedules;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.TaskManagementConfigUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Spring looks for advice on Tandem's and Spring Modulith's beans only ({@link OwnBeansOnly}): no
 * other bean of the running application has any to find, and Tandem's beans still have theirs.
 */
class OwnBeansOnlyIT extends TandemIT {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void noBeanOutsideThoseWouldBeAdvisedAndTandemsBeansAre() {
        var beans = context.getBeanFactory();
        assertThat(beans.getBean(AopConfigUtils.AUTO_PROXY_CREATOR_BEAN_NAME))
                .isInstanceOf(OwnBeansOnly.AutoProxyCreator.class);
        var processor = beans.getBean(
                TaskManagementConfigUtils.ASYNC_ANNOTATION_PROCESSOR_BEAN_NAME, AsyncAnnotationBeanPostProcessor.class);
        assertThat(processor).isInstanceOf(OwnBeansOnly.AsyncProcessor.class);
        Advisor asyncAdvisor = ((OwnBeansOnly.AsyncProcessor) processor).advisor();

        // every advisor Spring would match against a bean: the context's and @Async's
        List<Advisor> advisors = new ArrayList<>(
                context.getBeansOfType(Advisor.class, true, false).values());
        advisors.add(asyncAdvisor);
        assertThat(advisors).hasSizeGreaterThanOrEqualTo(3);

        List<String> wouldBeAdvised = new ArrayList<>();
        List<String> advised = new ArrayList<>();
        List<String> aspects = new ArrayList<>();
        List<String> scheduledElsewhere = new ArrayList<>();
        List<String> async = new ArrayList<>();
        int looked = 0;
        for (String name : beans.getSingletonNames()) {
            Object bean = beans.getSingleton(name);
            if (bean == null) {
                continue;
            }
            Class<?> type = AopProxyUtils.ultimateTargetClass(bean);
            looked++;
            if (AnnotationUtils.findAnnotation(type, Aspect.class) != null) {
                aspects.add(name);
            }
            if (!OwnBeansOnly.mayBeAdvised(type) && !OwnBeansOnly.mayBeAdvised(bean.getClass())) {
                if (!AopUtils.findAdvisorsThatCanApply(advisors, type).isEmpty()) {
                    wouldBeAdvised.add(name + " (" + type.getName() + ")");
                }
                ReflectionUtils.doWithMethods(type, method -> {
                    if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)
                            || AnnotatedElementUtils.hasAnnotation(method, Schedules.class)) {
                        scheduledElsewhere.add(name + "." + method.getName());
                    }
                });
            } else if (AopUtils.isAopProxy(bean) && type.getName().startsWith("app.tandem.")) {
                advised.add(type.getSimpleName());
                if (List.of(((Advised) bean).getAdvisors()).contains(asyncAdvisor)) {
                    async.add(type.getSimpleName());
                }
            }
        }
        assertThat(looked).as("the beans looked at").isGreaterThan(500);
        assertThat(aspects)
                .as("@Aspect beans, which OwnBeansOnly.AutoProxyCreator does not look for")
                .isEmpty();
        assertThat(scheduledElsewhere)
                .as("@Scheduled methods outside OwnBeansOnly.PACKAGES, which Spring would not run: add their package")
                .isEmpty();
        var scheduled = beans.getBean(
                TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME, ScheduledTaskHolder.class);
        assertThat(scheduled).isInstanceOf(OwnBeansOnly.ScheduledProcessor.class);
        assertThat(scheduled.getScheduledTasks())
                .as("Tandem's scheduled jobs")
                .map(task -> task.toString())
                .anySatisfy(task -> assertThat(task).contains("InsightIndex.repairOnSchedule"));
        assertThat(wouldBeAdvised)
                .as("beans outside OwnBeansOnly.PACKAGES that Spring's advisors would advise: add their package")
                .isEmpty();
        // (a few of Tandem's beans that must stay advised: @Transactional services, @ApplicationModuleListener)
        assertThat(advised).contains("Workspaces", "WebhookEvents", "InsightRouter");
        // (@ApplicationModuleListener is @Async)
        assertThat(async).contains("WebhookEvents", "InsightRouter", "WorkNotifications");
    }
}
