package app.tandem.review.web;

import app.tandem.support.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReviewNavigation {

    /** After the check-ins (80). */
    @Bean
    NavigationItem reviewsNavigation() {
        return new NavigationItem("Reviews", "reviews", 84);
    }

    /** Before the dashboard (90). */
    @Bean
    NavigationItem participationNavigation() {
        return new NavigationItem("Participation", "participation", 86);
    }
}
