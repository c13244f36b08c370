package app.tandem.webhook.internal;

import app.tandem.support.WebAddresses;
import app.tandem.webhook.TargetRefused;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks a webhook's URL: http or https with a host, a name that resolves, and, unless the instance
 * allows private targets, none of its addresses private ({@link TargetRules}). Run when a
 * subscription is saved and again before each delivery. The delivery connects through {@link
 * #connectionResolver()}, which checks the addresses it hands the connection: a name that answered
 * a public address to the check and a private one a moment later (DNS rebinding) is refused then,
 * as the connection uses only the addresses that passed.
 */
@Component
public class Targets {

    /** Names to addresses: the system's resolver, or in a test one that changes its answer. */
    @FunctionalInterface
    public interface NameService {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final BooleanSupplier allowPrivateTargets;
    private final NameService names;

    @Autowired
    Targets(InstanceSettings settings) {
        this(settings::allowPrivateTargets, InetAddress::getAllByName);
    }

    /** {@code allowPrivateTargets} is asked at each check: an instance admin changes it at runtime. */
    public Targets(BooleanSupplier allowPrivateTargets, NameService names) {
        this.allowPrivateTargets = allowPrivateTargets;
        this.names = names;
    }

    /**
     * The HTTP client that delivers: it connects only to addresses {@link #connectionResolver()}
     * checked (no DNS rebinding), opens a new connection for each delivery (a kept one would skip the
     * check), follows no redirect, uses no proxy from the system and retries nothing itself.
     */
    public CloseableHttpClient deliveryClient(Duration connectTimeout, Duration readTimeout, int connections) {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(connectionResolver())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(readTimeout))
                                .build())
                        .setMaxConnTotal(Math.max(1, connections))
                        .setMaxConnPerRoute(Math.max(1, connections))
                        .build())
                .setConnectionReuseStrategy((request, response, context) -> false)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(readTimeout))
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    /** The URL as given, when it may be a target; else {@link TargetRefused}. */
    public URI check(String url) {
        URI uri = parse(url);
        String host = host(uri);
        InetAddress[] addresses;
        try {
            addresses = names.resolve(host);
        } catch (UnknownHostException e) {
            throw new TargetRefused("The name " + host + " does not resolve: check the URL's host.");
        }
        InetAddress refused = firstPrivate(addresses);
        if (refused != null) {
            throw new TargetRefused(host + " is on a private or local address (" + refused.getHostAddress()
                    + "); this instance sends webhooks only to public addresses. An instance admin can"
                    + " allow private targets.");
        }
        return uri;
    }

    /**
     * The name resolution of the delivery's HTTP client: the addresses it connects to are the ones
     * checked here, at connection time, so no later answer of the name server can swap in a private
     * address; a private answer ends the attempt with an {@link UnknownHostException} saying why.
     */
    public DnsResolver connectionResolver() {
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                InetAddress[] addresses = names.resolve(host);
                InetAddress refused = firstPrivate(addresses);
                if (refused != null) {
                    throw new UnknownHostException(host + " resolved to the private or local address "
                            + refused.getHostAddress() + " when connecting; this instance sends webhooks only to"
                            + " public addresses");
                }
                return addresses;
            }

            @Override
            public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
                List<InetSocketAddress> addresses = new ArrayList<>();
                for (InetAddress address : resolve(host)) {
                    addresses.add(new InetSocketAddress(address, port));
                }
                return addresses;
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host; // the name as given: nothing is looked up twice
            }
        };
    }

    /** The first private address, unless the instance allows private targets; else null. */
    private @Nullable InetAddress firstPrivate(InetAddress[] addresses) {
        if (allowPrivateTargets.getAsBoolean()) {
            return null;
        }
        for (InetAddress address : addresses) {
            if (TargetRules.isPrivate(address)) {
                return address;
            }
        }
        return null;
    }

    /** Only the form: http or https, with a host. */
    public static URI parse(String url) {
        if (!WebAddresses.looksLikeOne(url)) {
            throw new TargetRefused("Give an http or https URL, such as https://example.com/hooks/tandem.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new TargetRefused(WebAddresses.unreadable(url, e));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new TargetRefused("Give an http or https URL, such as https://example.com/hooks/tandem.");
        }
        host(uri);
        return uri;
    }

    private static String host(URI uri) {
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            String written = writtenHost(uri);
            if (written.isEmpty()) {
                throw new TargetRefused("The URL names no host, such as example.com.");
            }
            byte[] shortForm = shortIpv4(written);
            if (shortForm != null) {
                InetAddress address;
                try {
                    address = InetAddress.getByAddress(shortForm);
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e); // four bytes always make an address
                }
                String full = address.getHostAddress();
                throw new TargetRefused(
                        TargetRules.isPrivate(address)
                                ? written + " is " + full + " written in short form, a loopback or private address:"
                                        + " this instance sends webhooks to public addresses (unless an instance"
                                        + " admin allows private targets), each written in full."
                                : written + " is the IP address " + full + " written in short form; write it in"
                                        + " full (" + full + ") or give the host's name.");
            }
            throw new TargetRefused("“" + written + "” is not a valid host name: give one such as example.com"
                    + " (letters, digits, hyphens and dots), or an IP address in full.");
        }
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** The host as written in the URL's authority (no user name, no port); empty when there is none. */
    private static String writtenHost(URI uri) {
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return "";
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        if (!host.endsWith("]")) {
            int colon = host.lastIndexOf(':');
            if (colon >= 0 && host.substring(colon + 1).chars().allMatch(Character::isDigit)) {
                host = host.substring(0, colon);
            }
        }
        return host;
    }

    /**
     * The IPv4 address that {@code host} writes in one of the short forms C's {@code inet_aton}
     * reads, and browsers and curl with it ({@code 127.1}, {@code 0x7f.1}, {@code 2130706433}:
     * parts in decimal, octal with a leading 0, or hex with 0x, the last filling the bytes left);
     * null when it is no such address.
     */
    static byte @Nullable [] shortIpv4(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = h.split("\\.", -1);
        if (parts.length > 4) {
            return null;
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].toLowerCase(Locale.ROOT);
            try {
                if (p.startsWith("0x")) {
                    values[i] = p.length() == 2 ? 0 : Long.parseLong(p.substring(2), 16);
                } else if (p.length() > 1 && p.startsWith("0")) {
                    values[i] = Long.parseLong(p.substring(1), 8);
                } else {
                    values[i] = Long.parseLong(p);
                }
            } catch (NumberFormatException notANumber) {
                return null;
            }
            if (values[i] < 0 || p.length() > 12) {
                return null;
            }
        }
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 255) {
                return null;
            }
        }
        int lastBytes = 5 - values.length;
        long last = values[values.length - 1];
        if (last >= (1L << (8 * lastBytes))) {
            return null;
        }
        byte[] address = new byte[4];
        for (int i = 0; i < values.length - 1; i++) {
            address[i] = (byte) values[i];
        }
        for (int i = 0; i < lastBytes; i++) {
            address[3 - i] = (byte) (last >> (8 * i));
        }
        return address;
    }
}
