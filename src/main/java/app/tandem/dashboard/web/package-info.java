/** The dashboard and home pages, their REST API, and the navigation entry. */
@NullMarked
package app.tandem.dashboard.web;

import org.jspecify.annotations.NullMarked;
