package app.tandem.workspace;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API handler under {@code /api/v1/workspaces/{slug}}, or a page's form handler under {@code
 * /w/{slug}}, that only the workspace's admins may call: members, teams, the workspace's own name and
 * slug, the plan's settings, webhooks. The one check the workspace module runs ahead of every handler
 * under those paths then asks {@link
 * Workspaces#accessToAdminister} instead of {@link Workspaces#accessToChange}, so a member or a
 * viewer is refused (403) before the body is read. It wins over {@link ViewerMay}.
 *
 * <p>The service the handler calls checks again with {@link Workspaces#accessToAdminister}; a handler
 * whose service does so must carry this mark, or members get 400 (a page: the form with its errors)
 * instead of 403 for a wrong body. The
 * sweep test of every endpoint lists the marked handlers and fails when the list changes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AdminOnly {}
