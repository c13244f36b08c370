package app.tandem.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V36 on a database whose insights link to user goals the old way (insight_user_goals): the links to
 * the workspace's own user goals move to user_goal_evidence; links to a user goal that is gone, or that
 * is another workspace's, are dropped; and a link then goes with its insight.
 */
class EvidenceLinksMigrationTest {

    @TempDir
    Path folder;

    @Test
    void movesTheWorkspacesOwnUserGoalLinksAndDropsTheRest() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("old") + ";DB_CLOSE_ON_EXIT=FALSE";
        flyway(url, "35");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement sql = connection.createStatement()) {
            for (long ws = 1; ws <= 2; ws++) {
                sql.execute("insert into workspaces (id, slug, name, created_at, version) values (" + ws + ", 'w" + ws
                        + "', 'W', current_timestamp, 0)");
                sql.execute("insert into personas (id, workspace_id, kind, name, created_at, version) values (" + ws
                        + ", " + ws + ", 'SHARED', 'P', current_timestamp, 0)");
                sql.execute("insert into user_goals (id, workspace_id, persona_id, sentence, importance, created_at)"
                        + " values (" + (10 + ws) + ", " + ws + ", " + ws + ", 'Help me', 3, current_timestamp)");
            }
            sql.execute(
                    "insert into insights (id, workspace_id, title, body, source_type, observed_on, sentiment, reach,"
                            + " evidence_strength, content_hash, created_at) values (100, 1, 'T', 'B', 'SURVEY',"
                            + " date '2026-01-01', 0, 1, 'ANECDOTE', 'h', current_timestamp)");
            // ours, another workspace's, and one that is gone
            sql.execute(
                    "insert into insight_user_goals (insight_id, user_goal_id) values (100, 11), (100, 12), (100, 99)");
        }

        flyway(url, "36");

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement sql = connection.createStatement()) {
            assertThat(links(sql)).containsExactly("100->11");
            assertThatThrownBy(() -> sql.executeQuery("select count(*) from insight_user_goals"))
                    .hasMessageContaining("INSIGHT_USER_GOALS");
            sql.execute("delete from insights where id = 100");
            assertThat(links(sql)).as("a link goes with its insight").isEmpty();
        }
    }

    private static List<String> links(Statement sql) throws Exception {
        List<String> links = new ArrayList<>();
        try (var rows = sql.executeQuery("select insight_id, user_goal_id from user_goal_evidence order by 1, 2")) {
            while (rows.next()) {
                links.add(rows.getLong(1) + "->" + rows.getLong(2));
            }
        }
        return links;
    }

    private static void flyway(String url, String target) {
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .javaMigrations(new V34__InsightsWithoutCreatorAndTeamKeys(), new V35__InsightTagsInTheirRow())
                .outOfOrder(true)
                .target(target)
                .load()
                .migrate();
    }
}
