/** Workspaces on the web: the pages and forms, the REST API, the layout model of every page and the navigation entries. */
@NullMarked
package app.tandem.workspace.web;

import org.jspecify.annotations.NullMarked;
