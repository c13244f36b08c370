/**
 * The review module's pure rules, without Spring or a database: what a verdict needs and how the
 * verdicts add up ({@link app.tandem.review.rules.VerdictRules}), and how the participation matrix
 * counts occasions ({@link app.tandem.review.rules.ParticipationCounting}).
 */
@NullMarked
package app.tandem.review.rules;

import org.jspecify.annotations.NullMarked;
