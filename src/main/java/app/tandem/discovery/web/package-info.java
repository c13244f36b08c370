/** Discovery sessions on the web: the pages (list, form, session page with statements side by side) and the REST API. */
@NullMarked
package app.tandem.discovery.web;

import org.jspecify.annotations.NullMarked;
