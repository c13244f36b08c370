package app.tandem.workspace.web;

import app.tandem.support.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkspaceNavigation {

    @Bean
    NavigationItem teamsNavigation() {
        return new NavigationItem("Teams", "teams", 100);
    }

    @Bean
    NavigationItem membersNavigation() {
        return new NavigationItem("Members", "members", 110);
    }
}
