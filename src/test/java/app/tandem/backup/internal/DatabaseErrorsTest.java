package app.tandem.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseErrorsTest {

    @Test
    void aDatabaseErrorIsToldWithoutItsStatementCodeOrAWholeValue() {
        String h2 = "Value too long for column \"TITLE CHARACTER VARYING(200)\": \"'" + "x".repeat(5000)
                + "' (5000)\"; SQL statement:\ninsert into insights (id, title) values (?, ?) [22001-252]";
        String told = DatabaseErrors.plain(new SQLException(h2));
        assertThat(told)
                .startsWith("Value too long for column \"TITLE CHARACTER VARYING(200)\"")
                .doesNotContain("insert into")
                .hasSizeLessThanOrEqualTo(DatabaseErrors.MAX);
        assertThat(
                        DatabaseErrors.plain(
                                new SQLException(
                                        "Check constraint violation: \"CK_INSIGHTS_SENTIMENT\"; SQL statement:\ninsert into insights [23513-252]")))
                .isEqualTo("Check constraint violation: \"CK_INSIGHTS_SENTIMENT\"");
        assertThat(DatabaseErrors.plain(
                        new SQLException("ERROR: value too long for type character varying(200)\n  Where: COPY")))
                .isEqualTo("ERROR: value too long for type character varying(200)");
    }
}
