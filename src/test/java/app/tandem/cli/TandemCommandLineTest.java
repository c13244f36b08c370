package app.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TandemCommandLineTest {

    private final List<String> springArgs = new ArrayList<>();

    @Test
    void servesByDefaultAndTurnsPortAndDataIntoSettings() {
        assertThat(TandemCommandLine.run(
                        args -> springArgs.addAll(List.of(args)), "serve", "--port", "9090", "--data", "some/dir"))
                .isEqualTo(TandemCommandLine.SERVING);
        assertThat(springArgs)
                .containsExactly(
                        "--server.port=9090",
                        "--tandem.data-dir="
                                + Path.of("some/dir").toAbsolutePath().normalize());
    }

    @Test
    void noArgumentsMeansServe() {
        assertThat(TandemCommandLine.run(args -> springArgs.add("started"))).isEqualTo(TandemCommandLine.SERVING);
        assertThat(springArgs).containsExactly("started");
    }

    @Test
    void versionAndHelpExitWithoutStartingTheServer() {
        assertThat(TandemCommandLine.run(args -> springArgs.add("started"), "version"))
                .isZero();
        assertThat(TandemCommandLine.run(args -> springArgs.add("started"), "--help"))
                .isZero();
        assertThat(springArgs).isEmpty();
    }

    @Test
    void anUnknownCommandIsAnErrorNotAServer() {
        assertThat(TandemCommandLine.run(args -> springArgs.add("started"), "frobnicate"))
                .isNotZero();
        assertThat(springArgs).isEmpty();
    }
}
