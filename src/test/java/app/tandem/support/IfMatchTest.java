package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void takesTheVersionFromTheBodyOrFromTheHeaderInQuotes() {
        assertThat(IfMatch.version(4L, null)).isEqualTo(4);
        assertThat(IfMatch.version(null, "\"7\"")).isEqualTo(7);
        assertThat(IfMatch.version(null, " W/\"7\" ")).isEqualTo(7);
        assertThat(IfMatch.version(7L, "\"7\"")).isEqualTo(7);
        assertThat(IfMatch.version(3L, " ")).isEqualTo(3);
    }

    @Test
    void refusesAnEditThatSendsNoVersionNamingTheField() {
        assertThatThrownBy(() -> IfMatch.version(null, null))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("If-Match")
                .extracting(e -> ((InvalidInput) e).field())
                .isEqualTo("version");
    }

    @Test
    void refusesAHeaderThatIsNotOneVersionInQuotes() {
        for (String header :
                new String[] {"*", "7", "\"\"", "\"x\"", "\"1\", \"2\"", "\"-1\"", "\"99999999999999999999\""}) {
            assertThatThrownBy(() -> IfMatch.version(null, header))
                    .as(header)
                    .isInstanceOf(InvalidInput.class)
                    .extracting(e -> ((InvalidInput) e).field())
                    .isEqualTo("If-Match");
        }
    }

    @Test
    void refusesABodyAndAHeaderThatDisagree() {
        assertThatThrownBy(() -> IfMatch.version(3L, "\"4\""))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("3")
                .hasMessageContaining("4")
                .extracting(e -> ((InvalidInput) e).field())
                .isEqualTo("version");
    }
}
