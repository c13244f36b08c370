package app.tandem.insight.theme;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * "Group similar insights": {@code tandem.themes.max-per-run} (2000) insights not yet looked at are
 * grouped per run, newest first; each asks Lucene for its {@code neighbours} (10) most similar
 * insights, and a neighbour counts from {@code threshold} (0.3) of the best hit's score, both ways
 * (see {@link ThemeGrouping}).
 */
@ConfigurationProperties("tandem.themes")
record ThemeProperties(
        @DefaultValue("2000") int maxPerRun,
        @DefaultValue("10") int neighbours,
        @DefaultValue("0.3") double threshold) {}
