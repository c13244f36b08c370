package app.tandem.initiative.web;

import app.tandem.support.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InitiativeNavigation {

    /** Between Goals &amp; KPIs (50) and the plan (70). */
    @Bean
    NavigationItem initiativesNavigation() {
        return new NavigationItem("Initiatives", "initiatives", 60);
    }
}
