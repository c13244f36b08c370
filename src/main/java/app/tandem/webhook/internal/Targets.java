package app.tandem.webhook.internal;

import app.tandem.webhook.TargetRefused;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Checks a webhook's URL: http or https with a host, a name that resolves, and, unless the instance
 * allows private targets, none of its addresses private ({@link TargetRules}). Run when a
 * subscription is saved and again before each delivery, after the name was resolved then.
 */
@Component
public class Targets {

    private final InstanceSettings settings;

    Targets(InstanceSettings settings) {
        this.settings = settings;
    }

    /** The URL as given, when it may be a target; else {@link TargetRefused}. */
    public URI check(String url) {
        URI uri = parse(url);
        String host = host(uri);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new TargetRefused("The name " + host + " does not resolve: check the URL's host.");
        }
        if (!settings.allowPrivateTargets()) {
            for (InetAddress address : addresses) {
                if (TargetRules.isPrivate(address)) {
                    throw new TargetRefused(host + " is on a private or local address (" + address.getHostAddress()
                            + "); this instance sends webhooks only to public addresses. An instance admin can"
                            + " allow private targets.");
                }
            }
        }
        return uri;
    }

    /** Only the form: http or https, with a host. */
    public static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new TargetRefused("This is no URL: " + e.getReason() + ".");
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
            throw new TargetRefused("The URL names no host, such as example.com.");
        }
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
