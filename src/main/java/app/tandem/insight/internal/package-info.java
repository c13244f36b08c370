/** The insight itself (entity, repository, tags, Markdown), what follows a deleted team or workspace, the Java migrations and the Budgetly insights. */
@NullMarked
package app.tandem.insight.internal;

import org.jspecify.annotations.NullMarked;
