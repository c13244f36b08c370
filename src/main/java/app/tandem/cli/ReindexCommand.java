package app.tandem.cli;

import app.tandem.insight.InsightIndex;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tandem reindex}: rebuilds the full-text index from the database. */
@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = "Rebuild the full-text search index from the database. Stop the server first.")
final class ReindexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", description = "Data folder (default ./data, or TANDEM_DATA_DIR)")
    @Nullable Path data;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context =
                TandemCommandLine.launcher.tool(TandemCommandLine.toolArgs(data))) {
            long started = System.nanoTime();
            long count = context.getBean(InsightIndex.class).rebuild();
            spec.commandLine()
                    .getOut()
                    .printf("Indexed %d insights in %.1f s.%n", count, (System.nanoTime() - started) / 1e9);
            return 0;
        }
    }
}
