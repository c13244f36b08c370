package app.tandem.support.persistence;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database keeps a check constraint with a list of constants working after the
 * connection that created it is closed. H2 2.4.240 did not: every insert into such a table then
 * failed ("Check constraint invalid") until a restart. A new installation's migrations create
 * every table on a pooled connection, which the pool retires after 30 minutes, so from then on
 * linking a user goal to an initiative (effect in ('HELPS', 'HURTS')) answered 500 (December 2026,
 * met by the integration tests on a slow day; H2 2.5.252 fixed it).
 */
class H2SessionsTest {

    @Test
    void aCheckConstraintOutlivesTheConnectionThatCreatedIt(@TempDir Path folder) throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("tandem");
        try (Connection other = DriverManager.getConnection(url, "sa", "")) {
            try (Connection creating = DriverManager.getConnection(url, "sa", "");
                    Statement create = creating.createStatement()) {
                create.execute("create table link (id int primary key, effect varchar(10),"
                        + " constraint ck_link_effect check (effect in ('HELPS', 'HURTS')))");
                create.execute("insert into link values (1, 'HELPS')");
            }
            try (Statement insert = other.createStatement()) {
                assertThatCode(() -> insert.execute("insert into link values (2, 'HURTS')"))
                        .doesNotThrowAnyException();
            }
        }
    }
}
