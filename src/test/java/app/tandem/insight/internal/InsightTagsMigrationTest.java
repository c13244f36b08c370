package app.tandem.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V35 on a database that has insights with tags in the old table: each insight keeps its tags, in its own row. */
class InsightTagsMigrationTest {

    @TempDir
    Path folder;

    @Test
    void movesEveryInsightsTagsIntoItsRowAndDropsTheOldTable() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("old") + ";DB_CLOSE_ON_EXIT=FALSE";
        flyway(url).target("34").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement sql = connection.createStatement()) {
            sql.execute("set referential_integrity false");
            for (long id = 1; id <= 1_203; id++) { // more than one batch of updates
                sql.execute(
                        "insert into insights (id, workspace_id, title, body, source_type, observed_on, sentiment, reach,"
                                + " evidence_strength, content_hash, created_at) values (" + id
                                + ", 1, 'T', 'B', 'SURVEY', date '2026-01-01',"
                                + " 0, 1, 'ANECDOTE', 'h" + id
                                + "', timestamp with time zone '2026-01-01 00:00:00+00')");
            }
            sql.execute(
                    "insert into insight_tags (insight_id, tag) values (1, 'savings-goals'), (1, 'navigation'), (2, 'jargon'),"
                            + " (1203, 'onboarding')");
        }

        assertThat(flyway(url).target("35").load().migrate().migrationsExecuted).isEqualTo(1);

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement sql = connection.createStatement()) {
            Map<Long, String> tags = new TreeMap<>();
            try (var rows = sql.executeQuery("select id, tags from insights where tags <> ''")) {
                while (rows.next()) {
                    tags.put(rows.getLong(1), rows.getString(2));
                }
            }
            assertThat(tags)
                    .containsExactlyEntriesOf(
                            new TreeMap<>(Map.of(1L, "navigation savings-goals", 2L, "jargon", 1203L, "onboarding")));
            try (var rows = sql.executeQuery("select count(*) from insights where tags = ''")) {
                rows.next();
                assertThat(rows.getLong(1)).as("insights without tags").isEqualTo(1_200);
            }
            assertThatThrownBy(() -> sql.executeQuery("select count(*) from insight_tags"))
                    .hasMessageContaining("INSIGHT_TAGS");
        }
        assertThat(new InsightTags().convertToEntityAttribute("navigation savings-goals"))
                .containsExactly("navigation", "savings-goals");
        assertThat(Files.exists(folder.resolve("old.mv.db"))).isTrue();
    }

    private static FluentConfiguration flyway(String url) {
        return Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .javaMigrations(new V34__InsightsWithoutCreatorAndTeamKeys(), new V35__InsightTagsInTheirRow());
    }
}
