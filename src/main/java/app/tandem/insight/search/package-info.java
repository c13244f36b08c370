/** Full-text search on the Lucene index: the analysis, counts per source, team and tag, highlighting and similar insights. */
@NullMarked
package app.tandem.insight.search;

import org.jspecify.annotations.NullMarked;
