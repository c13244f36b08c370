import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch node for the tests, in a JVM of its own: {@code java -cp <classpath of pom.xml>
 * OpenSearchNode.java <folder> [port]}. Single node, bound to 127.0.0.1, on the given port or a free
 * one, its data, logs and configuration under the folder, without the security plugin (none is on
 * the classpath). Writes the HTTP port to {@code <folder>/port} once the node has started and runs
 * until the JVM is stopped.
 *
 * <p>Every index made on it has no replica (one node could not hold it) and writes its translog to
 * disk every few seconds, not at every request: the tests' data is thrown away after the run, and a
 * sync to disk per request made indexing many times slower on a busy test machine.
 */
public class OpenSearchNode {

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: OpenSearchNode <folder> [port]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]).toAbsolutePath();
        int httpPort = args.length > 1 ? Integer.parseInt(args[1]) : freePort();
        int transportPort = freePort();
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve("port"));
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((number, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", String.valueOf(httpPort));
            settings.put("transport.port", String.valueOf(transportPort));
            settings.put("discovery.type", "single-node");
            settings.putList("node.roles", "cluster_manager", "data", "ingest");
            // a test machine's disk may be nearly full; the tests' indexes are tiny
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
            settings.put("action.auto_create_index", "false");
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (Exception e) {
                System.err.println("OpenSearch node: " + e.getMessage());
            }
        }));
        runner.build(OpenSearchRunner.newConfigs()
                .basePath(folder.toString())
                .numOfNode(1)
                .clusterName("tandem-test")
                .disableESLogger());
        runner.ensureYellow();
        String template = """
                {"index_patterns": ["*"], "priority": 0,
                 "template": {"settings": {"number_of_replicas": 0, "translog.durability": "async"}}}""";
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/_index_template/tests"))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(template))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("The index template was refused: " + answer.body());
        }
        Files.writeString(folder.resolve("port"), httpPort + "\n", StandardCharsets.UTF_8);
        System.out.println("OpenSearch node ready on http://127.0.0.1:" + httpPort);
        while (!runner.isClosed()) {
            Thread.sleep(1000);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
