package app.tandem.meeting.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.meeting.calendar.CalendarFeeds;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page where a person makes their secret calendar link, to subscribe to their check-ins in a
 * calendar app. The link is shown once, when made (on the page the making redirects to: a reload
 * shows the page without it, and makes none); making a new one stops the old one.
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

    /**
     * Makes a new link and shows it once, after a redirect: reloading the page that shows it must not
     * make another, which would stop the link just put in a calendar.
     */
    @PostMapping("/me/calendar")
    String renew(@AuthenticationPrincipal TandemPrincipal me, RedirectAttributes redirect) {
        redirect.addFlashAttribute("link", links.link(me.id(), feeds.renew(me.id())));
        return "redirect:/me/calendar";
    }
}
