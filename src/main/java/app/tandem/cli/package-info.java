/** The command line of Tandem (picocli): serving, version, and maintenance commands. */
@NullMarked
package app.tandem.cli;

import org.jspecify.annotations.NullMarked;
