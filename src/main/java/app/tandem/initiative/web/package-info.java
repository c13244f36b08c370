/**
 * Initiatives on the web: the REST API for initiatives, their status, their dependencies, the roadmap
 * and the dependency graph; the pages (list, initiative, board, roadmap, dependency picture).
 */
@NullMarked
package app.tandem.initiative.web;

import org.jspecify.annotations.NullMarked;
