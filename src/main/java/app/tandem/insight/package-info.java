/**
 * The joint research repository (M4): insights from every team, searchable in full text
 * (Hibernate Search on Lucene), with tags, sentiment, reach, evidence strength and links to
 * personas, user goals and journey stages. It asks {@code persona} ({@code Personas}) and
 * {@code journey} ({@code Journeys.stagesIn}) whether the ids it links to are the workspace's; they
 * do not depend on it.
 */
@ApplicationModule(
        allowedDependencies = {"persona", "journey", "workspace", "identity", "support", "support :: export"})
@NullMarked
package app.tandem.insight;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
