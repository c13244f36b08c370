/**
 * The initiative module's entities and repositories (initiatives, their status history and their
 * dependencies), the checks of what a person gives, and the directory of teams and people as
 * initiatives name them.
 */
@NullMarked
package app.tandem.initiative.internal;

import org.jspecify.annotations.NullMarked;
