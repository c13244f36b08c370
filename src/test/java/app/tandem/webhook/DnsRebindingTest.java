package app.tandem.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.webhook.internal.Targets;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A name that answers a public address when the target is checked and a loopback one a moment later
 * (DNS rebinding) does not get a delivery onto the loopback: the delivery client connects only to
 * addresses its own resolution checked. A real HTTP receiver listens on the loopback and counts what
 * reaches it; a name service stands in for a name server that changes its answer.
 */
class DnsRebindingTest {

    private static final String NAME = "hooks.rebinding.test";

    private HttpServer receiver;
    private final AtomicInteger received = new AtomicInteger();

    @BeforeEach
    void listen() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void aNameThatTurnsToTheLoopbackAfterItsCheckReceivesNothing() throws IOException {
        AtomicInteger lookups = new AtomicInteger();
        Targets targets = new Targets(() -> false, host -> {
            if (!host.equals(NAME)) {
                throw new UnknownHostException(host);
            }
            // the first answer is public; every later one the loopback, where the receiver listens
            return lookups.getAndIncrement() == 0
                    ? new InetAddress[] {InetAddress.getByAddress(NAME, new byte[] {93, (byte) 184, (byte) 215, 14})}
                    : new InetAddress[] {InetAddress.getByAddress(NAME, new byte[] {127, 0, 0, 1})};
        });
        URI hook = URI.create("http://" + NAME + ":" + receiver.getAddress().getPort() + "/hook");

        assertThat(targets.check(hook.toString())).isEqualTo(hook); // the check saw the public address

        try (CloseableHttpClient client = targets.deliveryClient(Duration.ofSeconds(2), Duration.ofSeconds(2), 1)) {
            assertThatThrownBy(() -> {
                        try (ClassicHttpResponse response = client.executeOpen(null, new HttpPost(hook), null)) {
                            response.getCode();
                        }
                    })
                    .isInstanceOf(UnknownHostException.class)
                    .hasMessageContaining("127.0.0.1")
                    .hasMessageContaining("only to public addresses");
        }
        assertThat(received).hasValue(0);
    }

    @Test
    void whenTheInstanceAllowsPrivateTargetsTheSameNameIsDeliveredTo() throws IOException {
        Targets targets = new Targets(() -> true, host ->
                new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})});
        URI hook = URI.create("http://" + NAME + ":" + receiver.getAddress().getPort() + "/hook");
        try (CloseableHttpClient client = targets.deliveryClient(Duration.ofSeconds(2), Duration.ofSeconds(2), 1);
                ClassicHttpResponse response = client.executeOpen(null, new HttpPost(hook), null)) {
            assertThat(response.getCode()).isEqualTo(204);
        }
        assertThat(received).hasValue(1);
    }
}
