/**
 * Lists written out as CSV or JSON, row by row to the response, so an export of any size takes
 * bounded memory; CSV cells a spreadsheet would run as a formula are neutralised.
 */
@NamedInterface("export")
@NullMarked
package app.tandem.support.export;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
