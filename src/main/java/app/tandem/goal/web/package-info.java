/** Goals and KPIs on the web: the pages and forms, the REST API, the KPI charts and the navigation entry. */
@NullMarked
package app.tandem.goal.web;

import org.jspecify.annotations.NullMarked;
