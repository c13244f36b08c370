/** The insight pages and the insight, import, routing and theme API under /api/v1. */
@NullMarked
package app.tandem.insight.web;

import org.jspecify.annotations.NullMarked;
