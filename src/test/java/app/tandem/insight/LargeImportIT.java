package app.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A 100,000-row export (about 40 MB) imported through the command line by a JVM limited to a 160 MB
 * heap: it only works because the file is streamed and saved in chunks, never held whole. The
 * import ends by merging the index into one segment.
 */
@Tag("process")
class LargeImportIT {

    private static final int ROWS = 100_000;

    @Test
    void importsAHundredThousandRowsInBoundedMemory() throws Exception {
        Path folder = Files.createTempDirectory(Paths.get("target").toAbsolutePath(), "large-import-");
        Path csv = folder.resolve("tickets.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("ticket_id,subject,description,created_at,tags,requester\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("L-" + i + ",Ticket " + i
                        + " about budgets,\"The user writes about envelopes, rollover and the savings goal "
                        + "screen that they cannot find; ticket number " + i
                        + " of the large import test, with enough text to be realistic.\","
                        + "2026-10-" + (10 + i % 19) + ",\"import, large\",user" + i + "@example.com\n");
            }
        }
        assertThat(Files.size(csv)).isGreaterThan(20L * 1024 * 1024);

        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar =
                Paths.get(System.getProperty("tandem.jar", "target/tandem.jar")).toAbsolutePath();
        Path log = folder.resolve("import.log");
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "-Xmx160m",
                "--enable-native-access=ALL-UNNAMED",
                "-jar",
                jar.toString(),
                "import",
                "insights",
                csv.toString(),
                "--workspace",
                "budgetly",
                "--source-type",
                "SUPPORT_TICKET",
                "--data",
                folder.resolve("data").toString());
        builder.environment().put("TANDEM_ADMIN_PASSWORD", "large-import-password");
        builder.environment().remove("TANDEM_DB_URL");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(15, TimeUnit.MINUTES))
                .as("the import finishes")
                .isTrue();
        String output = Files.readString(log);
        assertThat(process.exitValue())
                .as(output.length() > 4000 ? output.substring(output.length() - 4000) : output)
                .isZero();
        assertThat(output).contains("Imported " + ROWS + " insights").doesNotContain("OutOfMemoryError");

        // the index holds every insight (the demo's too), merged into one segment at the end of the import
        try (DirectoryReader index = DirectoryReader.open(FSDirectory.open(folder.resolve("data/index/insight")))) {
            assertThat(index.numDocs()).isGreaterThan(ROWS);
            assertThat(index.leaves()).hasSize(1);
        }
    }
}
