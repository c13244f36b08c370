package app.tandem.meeting.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.meeting.calendar.CalendarFeeds;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page where a person makes their secret calendar link, to subscribe to their check-ins in a
 * calendar app. The link is shown once, when made; making a new one stops the old one.
 */
@Controller
class CalendarLinkController {

    private final CalendarFeeds feeds;
    private final CalendarFeedController links;

    CalendarLinkController(CalendarFeeds feeds, CalendarFeedController links) {
        this.feeds = feeds;
        this.links = links;
    }

    @GetMapping("/me/calendar")
    String page(@AuthenticationPrincipal TandemPrincipal me, Model model) {
        model.addAttribute("hasLink", feeds.exists(me.id()));
        return "meeting/calendar-link";
    }

    @PostMapping("/me/calendar")
    String renew(@AuthenticationPrincipal TandemPrincipal me, Model model) {
        model.addAttribute("hasLink", true);
        model.addAttribute("link", links.link(me.id(), feeds.renew(me.id())));
        return "meeting/calendar-link";
    }
}
