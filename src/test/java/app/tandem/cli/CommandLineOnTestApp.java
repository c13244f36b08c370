package app.tandem.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.context.ConfigurableApplicationContext;

/** The command line with its tools on a test's application (which they must not close). */
final class CommandLineOnTestApp {

    private CommandLineOnTestApp() {}

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
