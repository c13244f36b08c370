/** The command line of Tandem (picocli): serving, version, and maintenance commands. */
@ApplicationModule(
        allowedDependencies = {
            "dashboard",
            "discovery",
            "journey",
            "meeting",
            "goal",
            "persona",
            "insight",
            "insight :: importing",
            "backup",
            "initiative",
            "planning",
            "planning :: core",
            "workspace",
            "workspace :: administration",
            "identity",
            "support",
            "support :: export"
        })
@NullMarked
package app.tandem.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
