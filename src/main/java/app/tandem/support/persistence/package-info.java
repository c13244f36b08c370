/** How Hibernate is set up for every module's entities. */
@NullMarked
package app.tandem.support.persistence;

import org.jspecify.annotations.NullMarked;
