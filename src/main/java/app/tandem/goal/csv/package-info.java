/** Measurements read from CSV files: the parser and the limit on rows per file. */
@NullMarked
package app.tandem.goal.csv;

import org.jspecify.annotations.NullMarked;
