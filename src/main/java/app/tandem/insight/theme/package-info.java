/** Themes: groups of similar insights, found by the grouping or made by people (rename, merge, split). */
@NullMarked
package app.tandem.insight.theme;

import org.jspecify.annotations.NullMarked;
