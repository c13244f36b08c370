/**
 * What is truly shared by every module: domain errors and their problem details, paging, and the
 * web layout (navigation).
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package app.tandem.support;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
