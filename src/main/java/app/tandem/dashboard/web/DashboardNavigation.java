package app.tandem.dashboard.web;

import app.tandem.support.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DashboardNavigation {

    /** Last of the workspace's pages, after participation (86). */
    @Bean
    NavigationItem dashboardEntry() {
        return new NavigationItem("Dashboard", "dashboard", 90);
    }
}
