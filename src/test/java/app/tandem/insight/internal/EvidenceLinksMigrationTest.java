package app.tandem.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
        String url = OlderDatabase.in(folder);
        OlderDatabase.migrate(url, "35");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement sql = connection.createStatement()) {
            OlderDatabase.twoWorkspacesWithAPersonaAndAUserGoal(sql);
            OlderDatabase.anInsight(sql);
            // ours, another workspace's, and one that is gone
            sql.execute(
                    "insert into insight_user_goals (insight_id, user_goal_id) values (100, 11), (100, 12), (100, 99)");
        }

        OlderDatabase.migrate(url, "36");

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
}
