/** Initiatives on the web: the REST API for initiatives, their status and their dependencies. */
@NullMarked
package app.tandem.initiative.web;

import org.jspecify.annotations.NullMarked;
