package app.tandem.insight.web;

import app.tandem.support.NavigationItem;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InsightNavigation {

    @Bean
    NavigationItem insightsNavigation() {
        return new NavigationItem("Insights", "insights", 40);
    }

    @Bean
    NavigationItem themesNavigation() {
        return new NavigationItem("Themes", "themes", 41);
    }

    @Bean
    NavigationItem inboxNavigation() {
        return new NavigationItem("Team inboxes", "inbox", 42, List.of("insights/rules"));
    }
}
