package app.tandem.persona;

import app.tandem.support.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PersonaNavigation {

    @Bean
    NavigationItem personasNavigation() {
        return new NavigationItem("Personas", "personas", 20);
    }

    @Bean
    NavigationItem userGoalsNavigation() {
        return new NavigationItem("User goals", "user-goals", 25);
    }
}
