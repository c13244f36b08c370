package app.tandem.webhook;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link WebhookDeliveries} on its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WebhookScheduling {}
