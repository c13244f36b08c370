/**
 * Where Spring looks for advice (transactions, {@code @Async}, Spring Modulith's event completion) and
 * for {@code @Scheduled} methods.
 */
@NullMarked
package app.tandem.support.advice;

import org.jspecify.annotations.NullMarked;
