package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommonPasswordsTest {

    @Test
    void knowsTheListedPasswordsWhateverTheirCaseOrSurroundingSpaces() {
        assertThat(CommonPasswords.contains("password123")).isTrue();
        assertThat(CommonPasswords.contains("PassWord123")).isTrue();
        assertThat(CommonPasswords.contains(" qwertyuiop ")).isTrue();
        assertThat(CommonPasswords.contains("1234567890")).isTrue();
    }

    @Test
    void letsOtherPasswordsAndTheCommentsOfTheListThrough() {
        assertThat(CommonPasswords.contains("tandem rides uphill")).isFalse();
        assertThat(CommonPasswords.contains("# One password a line; lines starting with # are comments."))
                .isFalse();
    }
}
