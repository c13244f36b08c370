/**
 * Personas: team personas (marketing's buyer persona, design's user persona) and shared personas
 * built from them, with the user goals they hold. Other modules use {@link
 * app.tandem.persona.Personas} to read personas and user goals, and implement {@link
 * app.tandem.persona.PersonaDependents} to stop a persona they depend on from being deleted.
 */
@ApplicationModule(allowedDependencies = {"workspace", "identity", "support", "support :: export"})
@NullMarked
package app.tandem.persona;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
