package app.tandem.goal.web;

import app.tandem.support.NavigationItem;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GoalNavigation {

    @Bean
    NavigationItem goalsNavigation() {
        return new NavigationItem("Goals & KPIs", "goals", 50, List.of("kpis"));
    }
}
