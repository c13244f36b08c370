package app.tandem.dashboard.web;

import app.tandem.support.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HomeNavigation {

    /** The workspace's first page, first in the navigation. */
    @Bean
    NavigationItem homeNavigationItem() {
        return new NavigationItem("Home", "", 10);
    }
}
