package app.tandem.discovery.web;

import app.tandem.support.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DiscoveryNavigation {

    /** Just after the check-ins (80), before the dashboard (90). */
    @Bean
    NavigationItem discoverySessionsNavigation() {
        return new NavigationItem("Discovery", "discovery", 82);
    }
}
