package app.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemApplication;
import app.tandem.insight.search.SearchBackendSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * {@code tandem bench initiatives} runs end to end at a tiny size: it fills a workspace, times every
 * call and prints the table; run again on the kept database, it only times.
 */
class InitiativeBenchIT {

    private final Launcher before = TandemCommandLine.launcher;

    @AfterEach
    void restoreLauncher() {
        TandemCommandLine.launcher = before;
    }

    @Test
    void fillsATinyWorkspaceAndTimesEveryCallThenReusesTheKeptDatabase(@TempDir Path folder) {
        // where each run's insights are indexed (null: not in a Lucene index of its own)
        List<Path> indexes = new ArrayList<>();
        TandemCommandLine.launcher = new Launcher() {
            @Override
            public void serve(String[] springArgs) {
                throw new IllegalStateException("The bench starts no server");
            }

            @Override
            public ConfigurableApplicationContext tool(String[] springArgs) {
                ConfigurableApplicationContext context = new SpringApplicationBuilder(TandemApplication.class)
                        .web(WebApplicationType.NONE)
                        .run(springArgs);
                SearchBackendSettings search = context.getBean(SearchBackendSettings.class);
                indexes.add(search.lucene() ? search.luceneDirectory() : null);
                return context;
            }
        };
        Path kept = folder.resolve("db");

        String first = bench(kept);
        assertThat(first)
                .contains("filled:   60 initiatives of 5 teams, 150 dependencies")
                .contains("machine: ")
                .containsPattern("at risk:  \\d+ of 60 initiatives today")
                .containsPattern("list, first page \\(default size 20\\) +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d")
                .contains("list, atRisk=true", "at-risk initiatives of the workspace")
                .contains("an initiative's dependencies both ways");
        assertThat(Files.exists(kept.resolve("tandem.mv.db"))).isTrue();

        String again = bench(kept);
        assertThat(again).contains("filled before").doesNotContain("filled:").contains("list, atRisk=true");
        // its own index in the folder too, also where the tests (or a server) search on OpenSearch: the
        // bench's empty database beside the shared index made it rebuild, and so empty, that index
        Path own = kept.toAbsolutePath().normalize().resolve("index");
        assertThat(indexes).as("the bench's index").containsExactly(own, own);
    }

    private static String bench(Path kept) {
        StringWriter text = new StringWriter();
        int exit = new CommandLine(new BenchCommand())
                .setOut(new PrintWriter(text))
                .execute(
                        "initiatives",
                        "--initiatives",
                        "60",
                        "--dependencies",
                        "150",
                        "--requests",
                        "5",
                        "--warmup",
                        "2",
                        "--keep",
                        kept.toString());
        assertThat(exit).as(text.toString()).isZero();
        return text.toString();
    }
}
