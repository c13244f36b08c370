package app.tandem.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ConfigurableApplicationContext;

/** The command line with its tools on a test's application (which they must not close). */
final class CommandLineOnTestApp {

    private CommandLineOnTestApp() {}

    /** What a command did: its exit code, and what it printed on standard output and error together. */
    record Run(int exitCode, String printed) {}

    /** Runs the command, with what it prints on both streams captured. */
    static Run capture(ConfigurableApplicationContext application, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        PrintStream both = new PrintStream(out, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            int exitCode = run(application, args);
            return new Run(exitCode, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    static int run(ConfigurableApplicationContext application, String... args) {
        ConfigurableApplicationContext unclosable = (ConfigurableApplicationContext) Proxy.newProxyInstance(
                CommandLineOnTestApp.class.getClassLoader(),
                new Class<?>[] {ConfigurableApplicationContext.class},
                (proxy, method, a) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(application, a);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return TandemCommandLine.run(
                new Launcher() {
                    @Override
                    public void serve(String[] springArgs) {
                        throw new IllegalStateException("no server in this test");
                    }

                    @Override
                    public ConfigurableApplicationContext tool(String[] springArgs) {
                        return unclosable;
                    }
                },
                args);
    }
}
