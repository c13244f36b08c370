package app.tandem.insight.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Drops the foreign keys of {@code insights.team_id} and {@code insights.created_by}.
 *
 * <p>The embedded database keeps an index of its own for every foreign key, and keeping those two
 * up to date cost about a tenth of a large import (300,000 rows: saved in 30.3–33.6 s without them,
 * 35.0–38.2 s with them). What they did is done by the application instead: when a team is
 * deleted, {@link TeamGone} clears it from its insights, in the database and in the search index
 * (the foreign key had cleared only the database). Users are never deleted.
 *
 * <p>A Java migration because the keys were declared without names: each database named them its
 * own way, and the names are read from the JDBC metadata.
 */
@Component
class V34__InsightsWithoutCreatorAndTeamKeys extends BaseJavaMigration {

    private static final Set<String> COLUMNS = Set.of("team_id", "created_by");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        DatabaseMetaData meta = connection.getMetaData();
        String table = meta.storesUpperCaseIdentifiers() ? "INSIGHTS" : "insights";
        List<String> keys = new ArrayList<>();
        try (ResultSet imported = meta.getImportedKeys(connection.getCatalog(), connection.getSchema(), table)) {
            while (imported.next()) {
                if (COLUMNS.contains(imported.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT))) {
                    keys.add(imported.getString("FK_NAME"));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String key : keys) {
                // a name read from the database's own metadata, quoted as an identifier
                statement.execute("alter table insights drop constraint \"" + key.replace("\"", "\"\"") + "\"");
            }
        }
    }
}
