/** The goal module's entities and repositories, the directory of teams and people, and Budgetly's goals. */
@NullMarked
package app.tandem.goal.internal;

import org.jspecify.annotations.NullMarked;
