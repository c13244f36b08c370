package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportModeTest {

    @Test
    void acceptsTheDocumentedSpellingAndTheEnumName() {
        assertThat(ImportMode.parse("good-rows")).isEqualTo(ImportMode.GOOD_ROWS);
        assertThat(ImportMode.parse("GOOD_ROWS")).isEqualTo(ImportMode.GOOD_ROWS);
        assertThat(ImportMode.parse(" Good_Rows ")).isEqualTo(ImportMode.GOOD_ROWS);
        assertThat(ImportMode.parse("all-or-nothing")).isEqualTo(ImportMode.ALL_OR_NOTHING);
        assertThat(ImportMode.parse("ALL_OR_NOTHING")).isEqualTo(ImportMode.ALL_OR_NOTHING);
    }

    @Test
    void noModeIsAllOrNothing() {
        assertThat(ImportMode.parse(null)).isEqualTo(ImportMode.ALL_OR_NOTHING);
        assertThat(ImportMode.parse("  ")).isEqualTo(ImportMode.ALL_OR_NOTHING);
    }

    @Test
    void anyOtherModeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ImportMode.parse("some-rows"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("mode"))
                .hasMessageContaining("good-rows")
                .hasMessageContaining("'some-rows'");
    }
}
