package app.tandem.goal.csv;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** CSV import of measurements: at most {@code tandem.goals.import.max-rows} (10,000) rows per file. */
@ConfigurationProperties("tandem.goals.import")
public record ImportProperties(@DefaultValue("10000") int maxRows) {}
