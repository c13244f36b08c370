package app.tandem.webhook.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Which addresses a webhook may not reach unless the instance allows private targets (server-side
 * request forgery): loopback, any-local (0.0.0.0, ::), link-local, site-local (RFC 1918, fec0::/10),
 * multicast, IPv6 unique-local (fc00::/7), carrier-grade NAT (100.64.0.0/10), "this network"
 * (0.0.0.0/8) and the broadcast address; an IPv4 address written as IPv6 (::ffff:a.b.c.d) as its
 * IPv4 address.
 */
public final class TargetRules {

    private TargetRules() {}

    public static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0
                    || (first == 100 && (second & 0xc0) == 64)
                    || Arrays.equals(b, new byte[] {-1, -1, -1, -1});
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true;
            }
            if (isIpv4Mapped(b)) {
                try {
                    return isPrivate(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }
}
