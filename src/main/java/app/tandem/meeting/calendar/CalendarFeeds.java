package app.tandem.meeting.calendar;

import app.tandem.meeting.CheckInSummary;
import app.tandem.meeting.CheckIns;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's secret calendar link, and the feeds it opens: the check-ins of one workspace, or of
 * every workspace the person is a member of, as iCalendar. Only a hash of the secret is stored, so
 * the link is shown once, when it is made; making a new one replaces it and the old one stops
 * working. A feed holds the check-ins from {@link #PAST} ago on, at most {@link #MAX_PER_WORKSPACE}
 * of each workspace, and only of workspaces the person can still read.
 */
@Service
public class CalendarFeeds {

    /** How far back a feed reaches: last month's check-in stays in the calendar. */
    static final Duration PAST = Duration.ofDays(92);

    static final int MAX_PER_WORKSPACE = 500;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final CheckIns checkIns;
    private final Workspaces workspaces;
    private final Clock clock = Clock.systemUTC();

    CalendarFeeds(JdbcClient jdbc, CheckIns checkIns, Workspaces workspaces) {
        this.jdbc = jdbc;
        this.checkIns = checkIns;
        this.workspaces = workspaces;
    }

    /** Whether the person has a calendar link. */
    public boolean exists(long userId) {
        return jdbc.sql("select count(*) from calendar_feeds where user_id = ?")
                        .param(userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Makes the person a new secret for their calendar link, replacing the old one; the secret is not kept. */
    @Transactional
    public String renew(long userId) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String secret = "cal_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("delete from calendar_feeds where user_id = ?").param(userId).update();
        jdbc.sql("insert into calendar_feeds (user_id, secret_hash, created_at) values (?, ?, ?)")
                .params(userId, hash(secret), java.sql.Timestamp.from(clock.instant()))
                .update();
        return secret;
    }

    /** The person whose link carries {@code secret}, if it is a current one. */
    public Optional<Long> personOf(String secret) {
        if (secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select user_id from calendar_feeds where secret_hash = ?")
                .param(hash(secret))
                .query(Long.class)
                .optional();
    }

    /** The check-ins of the workspace {@code slug} as iCalendar, as the person may read them. */
    @Transactional(readOnly = true)
    public String workspaceFeed(String slug, long userId, String baseUrl) {
        WorkspaceContext workspace = workspaces.access(slug, userId);
        List<CheckInCalendar.Event> events = new ArrayList<>();
        recent(workspace, userId).forEach(c -> events.add(new CheckInCalendar.Event(workspace.slug(), c)));
        return CheckInCalendar.write("Check-ins · " + workspace.name(), baseUrl, events, clock.instant());
    }

    /** The check-ins of every workspace the person is a member of, as iCalendar. */
    @Transactional(readOnly = true)
    public String personalFeed(long userId, String baseUrl) {
        List<CheckInCalendar.Event> events = new ArrayList<>();
        for (WorkspaceContext workspace : workspaces.mine(userId)) {
            recent(workspace, userId).forEach(c -> events.add(new CheckInCalendar.Event(workspace.slug(), c)));
        }
        return CheckInCalendar.write("Tandem check-ins", baseUrl, events, clock.instant());
    }

    private List<CheckInSummary> recent(WorkspaceContext workspace, long userId) {
        Instant from = clock.instant().minus(PAST);
        return checkIns.forCalendars(workspace.slug(), userId, from, PageRequest.of(0, MAX_PER_WORKSPACE))
                .getContent();
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
