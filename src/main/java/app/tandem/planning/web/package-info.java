/** The plan's pages and its REST API. */
@NullMarked
package app.tandem.planning.web;

import org.jspecify.annotations.NullMarked;
