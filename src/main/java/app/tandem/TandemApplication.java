package app.tandem;

import app.tandem.cli.Launcher;
import app.tandem.cli.TandemCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Entry point. Without arguments, or with {@code serve}, Tandem serves the web application; any
 * other arguments are a command of the command line ({@code version}, {@code --help}, ...).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class TandemApplication {

    public static void main(String[] args) {
        int exitCode = TandemCommandLine.run(
                new Launcher() {
                    @Override
                    public void serve(String[] springArgs) {
                        TandemApplication.serve(springArgs);
                    }

                    @Override
                    public ConfigurableApplicationContext tool(String[] springArgs) {
                        return new SpringApplicationBuilder(TandemApplication.class)
                                .web(WebApplicationType.NONE)
                                .run(springArgs);
                    }

                    @Override
                    public ConfigurableApplicationContext web(String[] springArgs) {
                        return new SpringApplicationBuilder(TandemApplication.class).run(springArgs);
                    }
                },
                args);
        if (exitCode != TandemCommandLine.SERVING) {
            System.exit(exitCode);
        }
    }

    /**
     * Starts the web application with Spring Boot's own argument handling, from the code made ahead
     * of time at build time where the settings allow ({@link AheadOfTime}).
     */
    public static void serve(String... springArgs) {
        SpringApplication application = new SpringApplication(TandemApplication.class);
        AheadOfTime.prepare(application);
        application.setApplicationContextFactory(QuickTypeLookups.CONTEXTS);
        application.run(springArgs);
    }
}
