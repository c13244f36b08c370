package app.tandem.webhook;

import app.tandem.support.AccessDenied;
import app.tandem.support.ConcurrentChange;
import app.tandem.support.DayWords;
import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidInputs;
import app.tandem.webhook.internal.DeliveryQueue;
import app.tandem.webhook.internal.InstanceSettings;
import app.tandem.webhook.internal.Signatures;
import app.tandem.webhook.internal.Subscription;
import app.tandem.webhook.internal.SubscriptionRepository;
import app.tandem.webhook.internal.Targets;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's webhook subscriptions, for its admins only (a member or viewer is refused, another
 * workspace's subscription is not found): list, create (the secret shown once), change with the
 * version read, delete, rotate the secret, the delivery log, a test event and delivering again; and
 * the instance's setting for private targets, for instance admins.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(WebhookProperties.class)
public class Webhooks {

    private final Workspaces workspaces;
    private final SubscriptionRepository subscriptions;
    private final DeliveryQueue queue;
    private final Targets targets;
    private final InstanceSettings settings;
    private final WebhookPayloads payloads;
    private final WebhookProperties properties;
    private final Clock clock = Clock.systemUTC();

    Webhooks(
            Workspaces workspaces,
            SubscriptionRepository subscriptions,
            DeliveryQueue queue,
            Targets targets,
            InstanceSettings settings,
            WebhookPayloads payloads,
            WebhookProperties properties) {
        this.workspaces = workspaces;
        this.subscriptions = subscriptions;
        this.queue = queue;
        this.targets = targets;
        this.settings = settings;
        this.payloads = payloads;
        this.properties = properties;
    }

    /** The event types a subscription can ask for, with what each means. */
    public List<WebhookEventType> eventTypes() {
        return List.of(WebhookEventType.values());
    }

    /** The workspace's subscriptions, oldest first (at most {@code tandem.webhooks.max-per-workspace}). */
    public List<SubscriptionView> list(String slug, long userId) {
        WorkspaceContext context = workspaces.accessToAdminister(slug, userId);
        return subscriptions.findByWorkspaceIdOrderByIdAsc(context.id()).stream()
                .map(this::view)
                .toList();
    }

    public SubscriptionView get(String slug, long userId, long id) {
        WorkspaceContext context = workspaces.accessToAdminister(slug, userId);
        return view(subscription(context, id));
    }

    /** Subscribes a URL to event types; the answer holds the signing secret, shown only this once. */
    @Transactional
    public SubscriptionSecret create(String slug, long userId, SubscriptionInput input) {
        WorkspaceContext context = workspaces.accessToAdminister(slug, userId);
        Checked checked = check(input);
        workspaces.holdWorkspace(context);
        if (subscriptions.countByWorkspaceId(context.id()) >= properties.maxPerWorkspace()) {
            throw new TooManySubscriptions(properties.maxPerWorkspace());
        }
        refuseDuplicate(context, null, checked);
        String secret = Signatures.newSecret();
        Subscription subscription =
                new Subscription(context.id(), checked.url(), checked.eventTypes(), secret, clock.instant());
        if (Boolean.FALSE.equals(input.active())) {
            subscription.define(checked.url(), checked.eventTypes(), false);
        }
        subscriptions.save(subscription);
        return new SubscriptionSecret(view(subscription), secret, null);
    }

    /**
     * Changes the URL, the event types and whether it is on; {@code startedFrom} is the version the
     * change was made on (409 when it changed since). Switching it on again clears why it was off.
     */
    @Transactional
    public SubscriptionView update(
            String slug, long userId, long id, SubscriptionInput input, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToAdminister(slug, userId);
        Subscription subscription = subscription(context, id);
        if (startedFrom == null) {
            throw new InvalidInput("version", "Send the version you read, so no one else's change is undone.");
        }
        ConcurrentChange.check("this webhook subscription", startedFrom, subscription.version());
        Checked checked = check(input);
        workspaces.holdWorkspace(context);
        refuseDuplicate(context, subscription.id(), checked);
        subscription.define(checked.url(), checked.eventTypes(), input.active());
        flush(subscription);
        return view(subscription);
    }

    @Transactional
    public void delete(String slug, long userId, long id, @Nullable Long startedFrom) {
        WorkspaceContext context = workspaces.accessToAdminister(slug, userId);
        Subscription subscription = subscription(context, id);
        ConcurrentChange.checkDelete("this webhook subscription", startedFrom, subscription.version());
        subscriptions.delete(subscription);
    }

    /**
     * A new signing secret, shown only this once; the previous one signs too for {@code
     * tandem.webhooks.rotation-overlap} (24 hours by default), so the receiver can switch meanwhile.
     */
    @Transactional
    public SubscriptionSecret rotateSecret(String slug, long userId, long id) {
        WorkspaceContext context = workspaces.accessToAdminister(slug, userId);
        Subscription subscription = subscription(context, id);
        String secret = Signatures.newSecret();
        Instant now = clock.instant();
        Instant until = now.plus(properties.rotationOverlap());
        subscription.rotate(secret, until);
        flush(subscription);
        return new SubscriptionSecret(view(subscription), secret, until);
    }

    /** The subscription's delivery attempts, the latest first, a page at a time. */
    public Page<DeliveryLogEntry> deliveries(String slug, long userId, long id, Pageable pageable) {
        WorkspaceContext context = workspaces.accessToAdminister(slug, userId);
        return queue.log(subscription(context, id).id(), pageable);
    }

    /** Queues a test event ({@value WebhookEventType#TEST}) for the subscription, sent within moments. */
    @Transactional
    public QueuedDelivery sendTest(String slug, long userId, long id) {
        WorkspaceContext context = workspaces.accessToAdminister(slug, userId);
        Subscription subscription = subscription(context, id);
        if (!subscription.active()) {
            throw new SubscriptionInactive();
        }
        Instant now = clock.instant();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("subscriptionId", subscription.id());
        data.put("message", "A test event sent from Tandem by an admin of the workspace.");
        String eventId = WebhookPayloads.randomId();
        String payload = payloads.payload(WebhookEventType.TEST, context.slug(), now, data);
        long deliveryId = queue.enqueue(subscription.id(), eventId, WebhookEventType.TEST, payload, now, due(now))
                .orElseThrow();
        return new QueuedDelivery(deliveryId, eventId, WebhookEventType.TEST);
    }

    /** Sends a delivery again (the same {@code webhook-id}), with a fresh round of attempts. */
    @Transactional
    public QueuedDelivery redeliver(String slug, long userId, long id, long deliveryId) {
        WorkspaceContext context = workspaces.accessToAdminister(slug, userId);
        Subscription subscription = subscription(context, id);
        String[] found = queue.find(subscription.id(), deliveryId).orElseThrow(() -> new DeliveryNotFound(deliveryId));
        if (!subscription.active()) {
            throw new SubscriptionInactive();
        }
        queue.redeliver(deliveryId, clock.instant());
        return new QueuedDelivery(deliveryId, found[0], found[1]);
    }

    // ---- the instance's setting -----------------------------------------------------------------

    /** Whether webhooks may target private and loopback addresses on this instance. */
    public boolean allowPrivateTargets() {
        return settings.allowPrivateTargets();
    }

    /** Whether targets on private addresses are allowed, and the version of that setting. */
    public PrivateTargets privateTargets() {
        return settings.current();
    }

    /**
     * Allows or refuses private targets, for every workspace of the instance, from the version of
     * the setting read ({@code version}; 409 when it changed since): instance admins only.
     */
    @Transactional
    public PrivateTargets allowPrivateTargets(boolean instanceAdmin, boolean allow, long version) {
        if (!instanceAdmin) {
            throw new AccessDenied("Only instance admins can change this.");
        }
        return settings.allowPrivateTargets(allow, version, clock.instant());
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private Instant due(Instant now) {
        return now.plus(properties.retrySchedule().getFirst());
    }

    private record Checked(String url, List<String> eventTypes) {}

    private Checked check(SubscriptionInput input) {
        String url = input.url() == null ? "" : input.url().strip();
        List<String> types = new ArrayList<>();
        InvalidInputs.checks()
                .check(() -> {
                    if (url.isEmpty()) {
                        throw new InvalidInput(
                                "url", "Give the URL to send to, such as https://example.com/hooks/tandem.");
                    }
                    if (url.length() > SubscriptionInput.URL_MAX) {
                        throw new InvalidInput("url", "At most " + SubscriptionInput.URL_MAX + " characters.");
                    }
                    if (Targets.parse(url).getRawUserInfo() != null) {
                        // every admin of the workspace reads the URL back, on the page and over the API
                        throw new InvalidInput(
                                "url",
                                "Put no user name or password in the URL: every admin of the workspace sees it."
                                        + " The receiver checks the webhook-signature header of each delivery"
                                        + " instead, made with the subscription's secret.");
                    }
                    targets.check(url);
                })
                .check(() -> {
                    List<String> given = input.eventTypes() == null ? List.of() : input.eventTypes();
                    if (given.isEmpty()) {
                        throw new InvalidInput("eventTypes", "Choose at least one event type.");
                    }
                    for (String type : given) {
                        if (type == null || WebhookEventType.of(type.strip()).isEmpty()) {
                            throw new InvalidInput(
                                    "eventTypes",
                                    "“" + type + "” is no event type; choose among "
                                            + Arrays.stream(WebhookEventType.values())
                                                    .map(WebhookEventType::type)
                                                    .collect(Collectors.joining(", "))
                                            + ".");
                        }
                        if (!types.contains(type.strip())) {
                            types.add(type.strip());
                        }
                    }
                })
                .done();
        return new Checked(url, types);
    }

    /**
     * Refuses a subscription that would send the same events to the same URL as another of the
     * workspace ({@code self}: the one being changed, left out): each event would go twice. URLs are
     * the same when they differ only in the case of the scheme and the host, a default port written
     * out or an empty path.
     */
    private void refuseDuplicate(WorkspaceContext context, @Nullable Long self, Checked checked) {
        String url = sameUrlKey(checked.url());
        Set<String> types = Set.copyOf(checked.eventTypes());
        for (Subscription other : subscriptions.findByWorkspaceIdOrderByIdAsc(context.id())) {
            if ((self == null || other.id() != self)
                    && sameUrlKey(other.url()).equals(url)
                    && Set.copyOf(other.eventTypes()).equals(types)) {
                throw new DuplicateSubscription(other.id(), other.url());
            }
        }
    }

    /** The URL as compared for duplicates: scheme and host in lower case, no default port, "/" for no path. */
    static String sameUrlKey(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return url;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
            port = -1;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme + "://" + host + (port == -1 ? "" : ":" + port) + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private Subscription subscription(WorkspaceContext context, long id) {
        return subscriptions.findByIdAndWorkspaceId(id, context.id()).orElseThrow(() -> new SubscriptionNotFound(id));
    }

    private void flush(Subscription subscription) {
        try {
            subscriptions.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("this webhook subscription", subscription.version());
        }
    }

    /** An instant in ISO form inside a sentence (as Tandem wrote why it switched one off before). */
    private static final Pattern ISO_INSTANT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z");

    /** The sentence with each ISO instant in it as a person reads it ("7 Dec 2026, 00:11 UTC"). */
    static @Nullable String readable(@Nullable String sentence) {
        if (sentence == null) {
            return null;
        }
        return ISO_INSTANT.matcher(sentence).replaceAll(m -> {
            try {
                return Matcher.quoteReplacement(DayWords.time(Instant.parse(m.group())));
            } catch (DateTimeParseException e) {
                return Matcher.quoteReplacement(m.group());
            }
        });
    }

    private SubscriptionView view(Subscription s) {
        Instant now = clock.instant();
        return new SubscriptionView(
                s.id(),
                s.url(),
                s.eventTypes(),
                s.active(),
                readable(s.disabledReason()),
                s.previousSecretValidUntil(now),
                s.createdAt(),
                s.version());
    }
}
