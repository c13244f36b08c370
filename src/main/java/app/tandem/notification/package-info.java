/**
 * Mails about work given to a person (an action item, a review to give), sent when mail is set up
 * ({@code spring.mail.host}); the same work is always listed in the person's "My work". Listens to
 * the events of the modules that give work; nothing depends on this module.
 */
@ApplicationModule(allowedDependencies = {"meeting", "review", "workspace", "identity", "support"})
@NullMarked
package app.tandem.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
