/** Import of CSV and JSON exports: reading and checking the file, the duplicate check, saving in chunks and the background jobs. */
@NullMarked
package app.tandem.insight.importing;

import org.jspecify.annotations.NullMarked;
