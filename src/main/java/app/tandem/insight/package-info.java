/**
 * The joint research repository (M4): insights from every team, searchable in full text
 * (Hibernate Search on Lucene), with tags, sentiment, reach, evidence strength and links to
 * personas, user goals and journey stages.
 */
@ApplicationModule(allowedDependencies = {"workspace", "identity", "support"})
@NullMarked
package app.tandem.insight;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
