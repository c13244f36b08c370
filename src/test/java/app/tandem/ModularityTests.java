package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds (no cycles, only public APIs used across modules) and is documented. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TandemApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void theModulesAreTheCapabilitiesOfTheDesign() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("support", "identity", "workspace", "cli", "goal", "insight", "persona", "journey");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
