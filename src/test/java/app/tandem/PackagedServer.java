package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The packaged application ({@code target/tandem.jar}, or {@code -Dtandem.jar}) started as a real
 * process on a free port, with its output in a log file: for the tests about what a process does
 * (crashes, several nodes). The JVM runs C1 only with the serial collector: these tests are about
 * behaviour, not speed, and start quicker so.
 */
public record PackagedServer(String name, Process process, String url, Path log) {

    /**
     * Starts the server on {@code data} with the environment given added ({@code null} removes a
     * variable); answers at once, see {@link #awaitHealthy}.
     */
    public static PackagedServer start(String name, Path data, Path log, Map<String, @Nullable String> env)
            throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar =
                Paths.get(System.getProperty("tandem.jar", "target/tandem.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged application").exists();
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-XX:ReservedCodeCacheSize=240m",
                "-XX:+UseSerialGC",
                "-jar",
                jar.toString(),
                "serve",
                "--port",
                String.valueOf(port),
                "--data",
                data.toString());
        env.forEach((key, value) -> {
            if (value == null) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new PackagedServer(name, builder.start(), "http://localhost:" + port, log);
    }

    /** The API with an API token (or none). */
    public Api api(@Nullable String token) {
        return new Api(url, token);
    }

    /** Waits until {@code /actuator/health} answers 200; fails when the process exits first or time runs out. */
    public PackagedServer awaitHealthy(Duration timeout) throws InterruptedException {
        Api api = api(null);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Server " + name + " exited with " + process.exitValue() + "; see " + log
                        + "; its last lines:\n" + tail(40));
            }
            try {
                if (api.get("/actuator/health").status() == 200) {
                    return this;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Server " + name + " did not become healthy in " + timeout + "; see " + log
                + "; its last lines:\n" + tail(40) + "\nWhat its threads were doing:\n" + threads());
    }

    /**
     * Waits until a line of the server's log matches {@code regex}; fails when the process exits first
     * or time runs out.
     */
    public PackagedServer awaitLog(String regex, Duration timeout) throws InterruptedException, IOException {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(regex);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && pattern.matcher(Files.readString(log)).find()) {
                return this;
            }
            if (!process.isAlive()) {
                throw new AssertionError("Server " + name + " exited with " + process.exitValue() + " before its log"
                        + " said /" + regex + "/; its last lines:\n" + tail(40));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Server " + name + "'s log did not say /" + regex + "/ in " + timeout
                + "; its last lines:\n" + tail(40));
    }

    /**
     * The stacks of the server's main thread and of every thread that is blocked or waiting on a
     * lock ({@code jcmd Thread.print}, from the JDK that runs the tests), for a start that never
     * got ready: a hang shows where it waits.
     */
    String threads() {
        Path jcmd = Paths.get(ProcessHandle.current().info().command().orElse("java"))
                .resolveSibling("jcmd");
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "Thread.print")
                    .redirectErrorStream(true)
                    .start();
            String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            dump.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            StringBuilder kept = new StringBuilder();
            for (String thread : text.split("\n\n")) {
                if (thread.startsWith("\"main\"")
                        || thread.contains("BLOCKED")
                        || thread.contains("- waiting to lock")
                        || thread.contains("parking to wait for")) {
                    kept.append(thread, 0, Math.min(thread.length(), 4000)).append("\n\n");
                }
            }
            return kept.length() > 60_000 ? kept.substring(0, 60_000) : kept.toString();
        } catch (IOException e) {
            return "(no thread dump: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(no thread dump: interrupted)";
        }
    }

    /** The last lines of the server's log, for a failure's message (CI keeps the message, not the file). */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
