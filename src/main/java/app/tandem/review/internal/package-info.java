/**
 * The review module's entities and repositories (reviews, their reviewers with their verdicts, the
 * comment thread), its parts of the "My work" inbox and of the participation matrix, and Budgetly's
 * demo reviews.
 */
@NullMarked
package app.tandem.review.internal;

import org.jspecify.annotations.NullMarked;
