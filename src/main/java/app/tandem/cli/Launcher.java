package app.tandem.cli;

import org.springframework.context.ConfigurableApplicationContext;

/** Starts Tandem for a command: the web server, or the application without web for a maintenance tool. */
public interface Launcher {

    /** Serves the web application with these Spring arguments; returns once it has started. */
    void serve(String[] springArgs);

    /** Starts the application without a web server, for a command line tool; the caller closes it. */
    ConfigurableApplicationContext tool(String[] springArgs);

    /** Starts the web application for a command that calls it over HTTP (a bench); the caller closes it. */
    default ConfigurableApplicationContext web(String[] springArgs) {
        throw new IllegalStateException("This launcher starts no web application");
    }
}
