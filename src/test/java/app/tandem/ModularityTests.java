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
                .contains(
                        "support",
                        "identity",
                        "workspace",
                        "cli",
                        "goal",
                        "insight",
                        "persona",
                        "journey",
                        "initiative");
    }

    @Test
    void everyModuleDeclaresTheModulesItMayUse() throws ClassNotFoundException {
        for (ApplicationModule module : modules) {
            String base = module.getBasePackage().getName();
            org.springframework.modulith.ApplicationModule declared = Class.forName(base + ".package-info")
                    .getAnnotation(org.springframework.modulith.ApplicationModule.class);
            assertThat(declared)
                    .as("%s/package-info.java has @ApplicationModule(allowedDependencies = ...)", base)
                    .isNotNull();
            assertThat(declared.allowedDependencies())
                    .as("%s declares the modules it may use, so a new dependency fails verify()", base)
                    .doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
        }
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
