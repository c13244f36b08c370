package app.tandem.workspace;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API handler under {@code /api/v1/workspaces/{slug}}, or a page's form handler under {@code
 * /w/{slug}}, that a viewer may call with a POST, PUT, PATCH or DELETE, because it changes nothing:
 * it computes an answer from the body and saves none of it (the plan's what-if, the side-by-side
 * draft of a shared persona). Every other changing request is refused to viewers (403) before its
 * body is read, by the one check the workspace module runs ahead of every handler under those paths;
 * a handler marked here is only asked for membership (404 for a person who is not a member), its
 * body is then read and validated as anyone's.
 *
 * <p>The service the handler calls must check no more than {@link Workspaces#access} either. Adding
 * this mark is a decision about who may do what: the sweep test of every endpoint lists the marked
 * handlers and fails when the list changes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ViewerMay {}
