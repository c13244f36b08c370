/** Full-text search on Lucene or OpenSearch (SearchBackendSettings): the analysis, counts per source, team and tag, highlighting and similar insights. */
@NullMarked
package app.tandem.insight.search;

import org.jspecify.annotations.NullMarked;
