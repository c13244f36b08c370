package app.tandem.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * A real HTTP endpoint on loopback that receives webhooks as another system would: it keeps each
 * request (headers by lower-case name, body, when it came) and answers with the answers queued, 200
 * once none is left.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** A request received. */
    public record Received(Map<String, List<String>> headers, String body, Instant at) {

        public @Nullable String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.getFirst();
        }
    }

    /** An answer to give: a status, a header or none, a body. */
    public record Answer(
            int status, @Nullable String header, @Nullable String value, String body) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Answer> answers = new ConcurrentLinkedDeque<>();

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(headers, body, Instant.now()));
            Answer answer = answers.pollFirst();
            if (answer == null) {
                answer = new Answer(200, null, null, "ok");
            }
            if (answer.header() != null && answer.value() != null) {
                exchange.getResponseHeaders().add(answer.header(), answer.value());
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** Forgets the answers not given yet: every request is answered 200 from now on. */
    public void forgetAnswers() {
        answers.clear();
    }

    /** The address to subscribe: {@code http://127.0.0.1:PORT/path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers the next requests so, in order; then 200. */
    public void answer(Answer... next) {
        answers.addAll(List.of(next));
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** The requests received with this {@code webhook-id}. */
    public List<Received> received(String webhookId) {
        return received.stream()
                .filter(r -> webhookId.equals(r.header("webhook-id")))
                .toList();
    }

    /** Waits until {@code count} requests came, at most {@code timeout}; the requests then. */
    public List<Received> await(int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (received.size() < count && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return received();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
