/**
 * One workspace's archive in the browser and over the REST API: a workspace admin downloads it from
 * the workspace's settings; an instance admin imports one on {@code /admin/workspaces/import}.
 */
@NullMarked
package app.tandem.backup.web;

import org.jspecify.annotations.NullMarked;
