/**
 * Reviews on the web: the list, the request and edit forms, a review's page (reviewers, verdicts,
 * thread), the participation matrix page, and the REST API for reviews and the matrix.
 */
@NullMarked
package app.tandem.review.web;

import org.jspecify.annotations.NullMarked;
