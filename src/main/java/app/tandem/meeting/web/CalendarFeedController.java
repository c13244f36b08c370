package app.tandem.meeting.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.meeting.calendar.CalendarFeeds;
import app.tandem.meeting.calendar.CalendarLinkUnknown;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.WorkspaceNotFound;
import app.tandem.workspace.Workspaces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The check-ins as iCalendar feeds, for calendar apps, which cannot send a bearer token: each
 * person's secret calendar link ({@code ?key=}) opens their feed and the feed of each of their
 * workspaces; an API token opens them too. {@code POST /api/v1/me/calendar-link} makes a new link.
 */
@RestController
@Tag(name = "Check-ins")
class CalendarFeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final Workspaces workspaces;
    private final String configuredBaseUrl;

    CalendarFeedController(
            CalendarFeeds feeds, Workspaces workspaces, @Value("${tandem.base-url:}") String configuredBaseUrl) {
        this.feeds = feeds;
        this.workspaces = workspaces;
        this.configuredBaseUrl = configuredBaseUrl;
    }

    /** A new calendar link: the feed of all my workspaces and one per workspace. */
    // (Serializable: the page shows a new link once, as a flash attribute, kept in the session, which
    // may be in the database, until the redirect's page is read)
    record CalendarLink(String url, List<WorkspaceFeed> workspaces) implements Serializable {}

    record WorkspaceFeed(String slug, String name, String url) implements Serializable {}

    @GetMapping("/api/v1/me/calendar.ics")
    @Operation(
            summary = "My check-ins as iCalendar",
            description = "The check-ins of every workspace I am a member of (from three months ago on), for a calendar"
                    + " app: open it with my secret calendar link (`key`) or an API token. Stable UIDs; SEQUENCE"
                    + " is raised when a check-in moves; a cancelled one is STATUS:CANCELLED.")
    @ApiResponse(
            responseCode = "200",
            description = "The calendar (RFC 5545)",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<String> mine(
            @AuthenticationPrincipal @Nullable TandemPrincipal me,
            @Parameter(description = "the secret of my calendar link") @RequestParam(required = false) @Nullable String key) {
        return calendar(feeds.personalFeed(person(me, key), baseUrl()));
    }

    @GetMapping("/api/v1/workspaces/{slug}/calendar.ics")
    @Operation(
            summary = "A workspace's check-ins as iCalendar",
            description = "As `/api/v1/me/calendar.ics`, for one workspace I am a member of.")
    @ApiResponse(
            responseCode = "200",
            description = "The calendar (RFC 5545)",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<String> workspace(
            @AuthenticationPrincipal @Nullable TandemPrincipal me,
            @PathVariable String slug,
            @Parameter(description = "the secret of my calendar link") @RequestParam(required = false) @Nullable String key) {
        long person = person(me, key);
        try {
            return calendar(feeds.workspaceFeed(slug, person, baseUrl()));
        } catch (WorkspaceNotFound notHere) {
            // a calendar subscribed before the workspace's address changed follows it (a person signed in
            // is redirected by workspace.web.EarlierAddresses; a calendar app has only the link's key)
            String moved = workspaces.movedFrom(slug, person).orElseThrow(() -> notHere);
            return ResponseEntity.status(HttpStatus.FOUND)
                    .location(java.net.URI.create("/api/v1/workspaces/" + moved + "/calendar.ics"
                            + (key == null
                                    ? ""
                                    : "?key="
                                            + java.net.URLEncoder.encode(
                                                    key, java.nio.charset.StandardCharsets.UTF_8))))
                    .build();
        }
    }

    @PostMapping("/api/v1/me/calendar-link")
    @Operation(
            summary = "Make me a new calendar link",
            description = "Answers the link of my feed and of each of my workspaces' feeds, once: only a hash of the"
                    + " secret is kept. The old link stops working.")
    CalendarLink renew(@AuthenticationPrincipal TandemPrincipal me) {
        return link(me.id(), feeds.renew(me.id()));
    }

    /** The link's addresses for the secret just made. */
    CalendarLink link(long userId, String secret) {
        String base = baseUrl();
        List<WorkspaceFeed> mine = workspaces.mine(userId).stream()
                .map((WorkspaceContext w) -> new WorkspaceFeed(
                        w.slug(), w.name(), base + "/api/v1/workspaces/" + w.slug() + "/calendar.ics?key=" + secret))
                .toList();
        return new CalendarLink(base + "/api/v1/me/calendar.ics?key=" + secret, mine);
    }

    private long person(@Nullable TandemPrincipal me, @Nullable String key) {
        if (key != null) {
            return feeds.personOf(key).orElseThrow(CalendarLinkUnknown::new);
        }
        if (me != null) {
            return me.id();
        }
        throw new CalendarLinkUnknown();
    }

    private String baseUrl() {
        String base = configuredBaseUrl.strip();
        if (base.isEmpty()) {
            base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        }
        return base.replaceAll("/+$", "");
    }

    private static ResponseEntity<String> calendar(String text) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", "inline; filename=\"check-ins.ics\"")
                .body(text);
    }
}
