package app.tandem.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: {@code serve} (the default), {@code version}, and the maintenance commands. */
@Command(
        name = "tandem",
        mixinStandardHelpOptions = true,
        versionProvider = TandemCommandLine.Version.class,
        description = "Tandem: shared user goals, insights, business goals and plans for every team.",
        subcommands = {
            TandemCommandLine.PrintVersion.class,
            ImportCommand.class,
            ReindexCommand.class,
            BackupCommand.class,
            ExportCommand.class,
            RestoreCommand.class,
            ExportWorkspaceCommand.class,
            ImportWorkspaceCommand.class,
            BenchCommand.class
        })
public final class TandemCommandLine implements Callable<Integer> {

    /** Exit code meaning "the server is running, do not exit". */
    public static final int SERVING = Integer.MIN_VALUE;

    private final Consumer<String[]> server;

    static Launcher launcher = new Launcher() {
        @Override
        public void serve(String[] springArgs) {
            throw new IllegalStateException("No launcher");
        }

        @Override
        public ConfigurableApplicationContext tool(String[] springArgs) {
            throw new IllegalStateException("No launcher");
        }
    };

    private TandemCommandLine(Consumer<String[]> server) {
        this.server = server;
    }

    /**
     * Runs the command line with the launcher that starts the application.
     *
     * @return the exit code, or {@link #SERVING} while the server runs
     */
    public static int run(Launcher with, String... args) {
        launcher = with;
        return run(with::serve, args);
    }

    /** Runs the command line; {@code server} starts the web application with Spring arguments. */
    static int run(Consumer<String[]> server, String... args) {
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        String[] plain = plainServe(effective);
        if (plain != null) {
            server.accept(plain);
            return SERVING;
        }
        return withPicocli(server, effective);
    }

    /**
     * The Spring arguments of a plain {@code serve}, as {@link Serve} makes them, read without
     * picocli: its classes are Java 5 class files, which the JVM's start-up cache cannot hold, and
     * loading them made every start about 0.15 s longer. Null for anything else (help, a value that
     * is not a number, an option given twice, another command), which picocli reads and answers.
     */
    static String @Nullable [] plainServe(String[] args) {
        if (args.length == 0 || !args[0].equals("serve")) {
            return null;
        }
        List<String> spring = new ArrayList<>();
        String port = null;
        String data = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (name.equals("--port") || name.equals("--data")) {
                String value = equals < 0 ? (i + 1 < args.length ? args[++i] : null) : arg.substring(equals + 1);
                if (value == null || value.isEmpty() || value.startsWith("-")) {
                    return null;
                }
                if (name.equals("--port")) {
                    if (port != null || !value.chars().allMatch(c -> c >= '0' && c <= '9') || value.length() > 9) {
                        return null;
                    }
                    port = value;
                } else {
                    if (data != null) {
                        return null;
                    }
                    data = value;
                }
            } else if (arg.startsWith("--") && equals > 2 && !name.startsWith("--port") && !name.startsWith("--data")) {
                spring.add(arg);
            } else {
                return null;
            }
        }
        try {
            return springArguments(
                    spring, port == null ? null : Integer.valueOf(port), data == null ? null : Path.of(data));
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** What {@code serve} hands Spring: the settings given as they are, then the port and the data folder. */
    static String[] springArguments(List<String> settings, @Nullable Integer port, @Nullable Path data) {
        List<String> args = new ArrayList<>(settings);
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (data != null) {
            args.add("--tandem.data-dir=" + data.toAbsolutePath().normalize());
        }
        return args.toArray(String[]::new);
    }

    /** Runs the command line with picocli: every command, and a {@code serve} it must read. */
    static int withPicocli(Consumer<String[]> server, String... effective) {
        TandemCommandLine root = new TandemCommandLine(server);
        CommandLine commandLine = new CommandLine(root);
        commandLine.addSubcommand("serve", new Serve(server));
        // Spring's AOT processing (at build time) starts the server through main and stops it with
        // this exception once the context is prepared: it must leave main, not become an exit code
        SpringApplication.AbandonedRunException[] abandoned = {null};
        CommandLine.IExecutionExceptionHandler handler = commandLine.getExecutionExceptionHandler();
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            if (exception instanceof SpringApplication.AbandonedRunException stop) {
                abandoned[0] = stop;
                return 0;
            }
            return handler.handleExecutionException(exception, line, parsed);
        });
        int exitCode = commandLine.execute(effective);
        if (abandoned[0] != null) {
            throw abandoned[0];
        }
        return exitCode;
    }

    /**
     * The application for a command that reads or writes the database's archives (backup, restore,
     * a workspace's export and import): no demo, no scheduled backup of its own.
     */
    static ConfigurableApplicationContext archiveTool(@Nullable Path data) {
        return launcher.tool(toolArgs(data, "--tandem.demo.enabled=false", "--tandem.backups.cron=-"));
    }

    /**
     * Spring arguments for a tool: the data folder, quiet logs, no demo unless the instance is new,
     * rate limits in memory unless {@code more} says otherwise.
     */
    static String[] toolArgs(@Nullable Path data, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--spring.main.log-startup-info=false"));
        if (data != null) {
            args.add("--tandem.data-dir=" + data.toAbsolutePath().normalize());
        }
        args.addAll(List.of(more));
        if (args.stream().noneMatch(arg -> arg.startsWith("--tandem.rate-limit.store="))) {
            // a tool serves no API calls of the instance (a bench serves its own): rate limits in
            // its memory, whatever TANDEM_RATE_LIMIT_STORE says (the database store needs PostgreSQL)
            args.add("--tandem.rate-limit.store=memory");
        }
        return args.toArray(String[]::new);
    }

    /**
     * Spring arguments for a bench: {@link #toolArgs} on the throw-away embedded database and Lucene
     * index in {@code folder}, whatever {@code TANDEM_DB_URL} or {@code TANDEM_SEARCH} say, unless
     * {@code more} names a database itself (the load bench's {@code --db-url}). A bench on a server's
     * database would write its synthetic data there; on its OpenSearch cluster, the count check at
     * the bench's start, finding its empty database, rebuilt the installation's index empty.
     */
    static String[] benchArgs(Path folder, String... more) {
        Path home = folder.toAbsolutePath().normalize();
        List<String> args = new ArrayList<>(List.of(more));
        if (args.stream().noneMatch(arg -> arg.startsWith("--spring.datasource.url="))) {
            args.add("--spring.datasource.url=jdbc:h2:file:" + home.resolve("tandem")
                    + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
            args.add("--spring.datasource.username=sa");
            args.add("--spring.datasource.password=");
        }
        args.add("--tandem.search.backend=lucene");
        args.add("--tandem.search.lucene.directory=" + home.resolve("index"));
        return toolArgs(folder, args.toArray(String[]::new));
    }

    @Override
    public Integer call() {
        return new Serve(server).call();
    }

    static String version() {
        String version = TandemCommandLine.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Tandem " + version()};
        }
    }

    @Command(name = "version", description = "Print the version of Tandem.")
    static final class PrintVersion implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println("Tandem " + version());
            return 0;
        }
    }

    @Command(name = "serve", description = "Serve the web application (the default).", mixinStandardHelpOptions = true)
    static final class Serve implements Callable<Integer> {

        private final Consumer<String[]> server;

        Serve(Consumer<String[]> server) {
            this.server = server;
        }

        @Option(names = "--port", description = "HTTP port (default 8080, or TANDEM_PORT).")
        Integer port;

        @Option(
                names = "--data",
                description = "Data folder for the embedded database and indexes (default ./data, or TANDEM_DATA_DIR).")
        Path data;

        @CommandLine.Unmatched
        List<String> springArgs = new ArrayList<>();

        @Override
        public Integer call() {
            server.accept(springArguments(springArgs, port, data));
            return SERVING;
        }
    }
}
