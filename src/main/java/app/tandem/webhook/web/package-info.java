/** Outgoing webhooks in the browser (a workspace admin's page) and over the REST API. */
@NullMarked
package app.tandem.webhook.web;

import org.jspecify.annotations.NullMarked;
