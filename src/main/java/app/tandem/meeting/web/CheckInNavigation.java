package app.tandem.meeting.web;

import app.tandem.support.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CheckInNavigation {

    /** After the plan (70). */
    @Bean
    NavigationItem checkInsNavigation() {
        return new NavigationItem("Check-ins", "check-ins", 80);
    }
}
