/**
 * Identity: people who sign in (form login with lockout after repeated failures), personal API
 * tokens sent as {@code Authorization: Bearer}, the instance admin, and the security of every
 * request. Other modules see {@link app.tandem.identity.TandemPrincipal} and {@link
 * app.tandem.identity.Users}.
 */
@ApplicationModule(allowedDependencies = {"support"})
@NullMarked
package app.tandem.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
