package app.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.planning.core.Dependency;
import app.tandem.planning.core.Item;
import app.tandem.planning.core.PlanInput;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code tandem bench plan} runs at tiny sizes without a database and prints one row per size. */
class PlanBenchTest {

    @Test
    void timesThePlanAndJGraphTForEachSizeAndPrintsMediansP95sAndTheRatio() {
        StringWriter text = new StringWriter();
        int exit = new CommandLine(new BenchCommand())
                .setOut(new PrintWriter(text))
                .execute("plan", "--sizes", "300,1000", "--runs", "3", "--warmup", "1", "--warmup-seconds", "0.5");

        assertThat(exit).as(text.toString()).isZero();
        String out = text.toString();
        assertThat(out)
                .contains("machine: ")
                .contains("1 untimed runs (and 0.5 s) then 3 timed per size")
                .contains("input ms")
                .contains("initiatives", "plan ms", "plan MB allocated", "JGraphT ms", "JGraphT/plan");
        String number = "\\d+\\.\\d \\(\\d+\\.\\d\\)";
        for (String size : new String[] {"300", "1,000"}) {
            assertThat(out)
                    .containsPattern("(?m)^ +" + size + " +[\\d,]+ +" + number + " +" + number + " +" + number + " +"
                            + number + " +" + number + " +" + number + " +" + number
                            + " +\\d+\\.\\d x +\\d+\\.\\d x CPU$");
        }
    }

    @Test
    void theSyntheticWorkspaceHasThreeDependenciesEachOnEarlierInitiativesAndTwentyTeams() {
        PlanInput input = PlanBench.synthetic(2_000, new Random(1));

        assertThat(input.initiatives()).hasSize(2_000);
        assertThat(input.teams()).hasSize(20);
        assertThat(input.dependencies()).hasSize(3 * 2_000 - 3 - 2 - 1); // the first three have 0, 1, 2
        assertThat(input.dependencies()).allMatch(d -> d.providerId() < d.dependantId());
        assertThat(input.dependencies().stream()
                        .map(d -> d.dependantId() + ">" + d.providerId())
                        .distinct())
                .hasSize(input.dependencies().size());
        assertThat(input.initiatives())
                .filteredOn(i -> i.status().isCommitted())
                .isNotEmpty()
                .allMatch(i -> i.start() != null && i.due() != null);
        assertThat(input.initiatives()).anyMatch(i -> i.status() == Item.Status.DONE);
        assertThat(input.dependencies()).anyMatch(Dependency::delivered);
    }
}
