/** Web edge shared by every module: problem details for the API, error pages and the layout for the UI. */
@NullMarked
package app.tandem.support.web;

import org.jspecify.annotations.NullMarked;
