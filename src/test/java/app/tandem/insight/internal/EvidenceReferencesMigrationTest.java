package app.tandem.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V97 on a database where insights and routing rules name personas and journey stages by plain id: the
 * links and rules naming something gone, or another workspace's, are dropped, the rest kept; from then
 * on a link or a rule goes with the persona, user goal or stage it names.
 */
class EvidenceReferencesMigrationTest {

    @TempDir
    Path folder;

    @Test
    void dropsWhatNamesNothingOrAnotherWorkspaceAndThenFollowsDeletes() throws Exception {
        String url = OlderDatabase.in(folder);
        OlderDatabase.migrate(url, "96");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement sql = connection.createStatement()) {
            OlderDatabase.twoWorkspacesWithAPersonaAndAUserGoal(sql);
            for (long ws = 1; ws <= 2; ws++) {
                sql.execute("insert into teams (id, workspace_id, name, name_key, created_at, version) values (" + ws
                        + ", " + ws + ", 'Design', 'design', current_timestamp, 0)");
                sql.execute("insert into journeys (id, workspace_id, persona_id, name, created_at) values (" + (20 + ws)
                        + ", " + ws + ", " + ws + ", 'J', current_timestamp)");
                sql.execute("insert into journey_stages (id, journey_id, position, name, emotion) values (" + (30 + ws)
                        + ", " + (20 + ws) + ", 0, 'Onboard', 0)");
            }
            OlderDatabase.anInsight(sql);
            // ours, another workspace's, and one that is gone
            sql.execute("insert into insight_personas (insight_id, persona_id) values (100, 1), (100, 2), (100, 99)");
            sql.execute("insert into insight_journey_stages (insight_id, journey_stage_id)"
                    + " values (100, 31), (100, 32), (100, 99)");
            String rule = "insert into routing_rules (id, workspace_id, team_id, persona_id, user_goal_id,"
                    + " journey_stage_id, words, created_at) values ";
            sql.execute(rule + "(1, 1, 1, 1, 11, 31, null, current_timestamp)");
            sql.execute(rule + "(2, 1, 1, 2, null, null, null, current_timestamp)");
            sql.execute(rule + "(3, 1, 1, null, 99, null, null, current_timestamp)");
            sql.execute(rule + "(4, 1, 1, null, null, 32, null, current_timestamp)");
            sql.execute(rule + "(5, 1, 1, null, null, null, 'jargon', current_timestamp)");
        }

        OlderDatabase.migrate(url, "97");

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement sql = connection.createStatement()) {
            assertThat(rows(sql, "select persona_id from insight_personas")).containsExactly("1");
            assertThat(rows(sql, "select journey_stage_id from insight_journey_stages"))
                    .containsExactly("31");
            assertThat(rows(sql, "select id from routing_rules")).containsExactly("1", "5");

            sql.execute("delete from journey_stages where id = 31");
            assertThat(rows(sql, "select journey_stage_id from insight_journey_stages"))
                    .isEmpty();
            assertThat(rows(sql, "select id from routing_rules")).containsExactly("5");
            sql.execute("delete from personas where id = 1");
            assertThat(rows(sql, "select persona_id from insight_personas")).isEmpty();
            assertThat(rows(sql, "select id from insights")).containsExactly("100");
        }
    }

    private static List<String> rows(Statement sql, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (var result = sql.executeQuery(query + " order by 1")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
