package app.tandem.insight.internal;

import java.nio.file.Path;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * An embedded database as an older Tandem left it, for the tests of a migration: the schema up to a
 * version (with the module's Java migrations), and rows written the way that version wrote them.
 */
final class OlderDatabase {

    private OlderDatabase() {}

    /** The address of a new database file in {@code folder}. */
    static String in(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("old") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Migrates the database at {@code url} up to {@code target}. */
    static void migrate(String url, String target) {
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .javaMigrations(new V34__InsightsWithoutCreatorAndTeamKeys(), new V35__InsightTagsInTheirRow())
                .outOfOrder(true)
                .target(target)
                .load()
                .migrate();
    }

    /** Workspaces 1 and 2, each with persona {@code n} and user goal {@code 10 + n}. */
    static void twoWorkspacesWithAPersonaAndAUserGoal(Statement sql) throws java.sql.SQLException {
        for (long ws = 1; ws <= 2; ws++) {
            sql.execute("insert into workspaces (id, slug, name, created_at, version) values (" + ws + ", 'w" + ws
                    + "', 'W', current_timestamp, 0)");
            sql.execute("insert into personas (id, workspace_id, kind, name, created_at, version) values (" + ws + ", "
                    + ws + ", 'SHARED', 'P', current_timestamp, 0)");
            sql.execute("insert into user_goals (id, workspace_id, persona_id, sentence, importance, created_at)"
                    + " values (" + (10 + ws) + ", " + ws + ", " + ws + ", 'Help me', 3, current_timestamp)");
        }
    }

    /** Insight 100 of workspace 1, as an older version wrote one. */
    static void anInsight(Statement sql) throws java.sql.SQLException {
        sql.execute("insert into insights (id, workspace_id, title, body, source_type, observed_on, sentiment, reach,"
                + " evidence_strength, content_hash, created_at) values (100, 1, 'T', 'B', 'SURVEY',"
                + " date '2026-01-01', 0, 1, 'ANECDOTE', 'h', current_timestamp)");
    }
}
