package app.tandem.support.scheduling;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the {@code @Scheduled} jobs; those that must run on one node at a time when several nodes
 * share the database run their work through {@link app.tandem.support.OneNodeAtATime}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduledJobs {}
