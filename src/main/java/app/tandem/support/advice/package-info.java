/** Where Spring looks for advice (transactions, {@code @Async}, Spring Modulith's event completion). */
@NullMarked
package app.tandem.support.advice;

import org.jspecify.annotations.NullMarked;
