package app.tandem.planning.web;

import app.tandem.support.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlanNavigation {

    /** After Initiatives (60). */
    @Bean
    NavigationItem planNavigationItem() {
        return new NavigationItem("Plan", "plan", 70);
    }
}
