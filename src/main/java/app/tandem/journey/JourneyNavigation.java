package app.tandem.journey;

import app.tandem.support.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JourneyNavigation {

    @Bean
    NavigationItem journeysNavigation() {
        return new NavigationItem("Journeys", "journeys", 30);
    }
}
