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
    void aPlainServeIsReadWithoutPicocliAsPicocliReadsIt() {
        for (String[] args : List.of(
                new String[] {"serve"},
                new String[] {"serve", "--port", "9090", "--data", "some/dir"},
                new String[] {"serve", "--port=0", "--data=/tmp/x/../y", "--server.address=127.0.0.1"},
                new String[] {"serve", "--server.address=127.0.0.1", "--port", "0009090", "--spring.profiles.active=a,b"
                })) {
            List<String> byPicocli = new ArrayList<>();
            assertThat(TandemCommandLine.withPicocli(started -> byPicocli.addAll(List.of(started)), args))
                    .isEqualTo(TandemCommandLine.SERVING);
            assertThat(TandemCommandLine.plainServe(args))
                    .as(String.join(" ", args))
                    .containsExactlyElementsOf(byPicocli);
        }
    }

    @Test
    void anythingButAPlainServeIsLeftToPicocli() {
        for (String[] args : List.of(
                new String[] {"serve", "--port", "abc"},
                new String[] {"serve", "--port"},
                new String[] {"serve", "--port", "1", "--port", "2"},
                new String[] {"serve", "--data", "--port", "1"},
                new String[] {"serve", "--help"},
                new String[] {"serve", "--debug"},
                new String[] {"serve", "extra"},
                new String[] {"version"})) {
            assertThat(TandemCommandLine.plainServe(args))
                    .as(String.join(" ", args))
                    .isNull();
        }
        assertThat(TandemCommandLine.run(args -> springArgs.add("started"), "serve", "--port", "abc"))
                .isNotZero()
                .isNotEqualTo(TandemCommandLine.SERVING);
        assertThat(springArgs).isEmpty();
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
