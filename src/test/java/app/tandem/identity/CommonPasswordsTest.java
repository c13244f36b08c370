package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.support.InvalidInput;
import org.junit.jupiter.api.Test;

class CommonPasswordsTest {

    @Test
    void knowsTheWholeListWhateverTheCaseOrSurroundingSpaces() {
        assertThat(CommonPasswords.contains("password123")).isTrue();
        assertThat(CommonPasswords.contains(" qwertyuiop ")).isTrue();
        // rank 17,683 of zxcvbn's 30,000: far beyond the 137 passwords Tandem shipped before
        assertThat(CommonPasswords.contains("alphaomega")).isTrue();
        assertThat(CommonPasswords.contains("AlphaOmega")).isTrue();
        // rank 28,086
        assertThat(CommonPasswords.contains("STEAMforums")).isTrue();
    }

    @Test
    void findsWhatTheListLeavesToZxcvbnsOtherMatchersEasyToGuess() {
        assertThat(CommonPasswords.contains("basketball")).isFalse();
        assertThat(CommonPasswords.easyToGuess("basketball")).isTrue();
        assertThat(CommonPasswords.easyToGuess("1111111111")).isTrue();
        assertThat(CommonPasswords.easyToGuess("0123456789")).isTrue();
        assertThat(CommonPasswords.easyToGuess("qwertyqwerty")).isTrue();
    }

    @Test
    void letsAPassphraseOfOnesOwnThrough() {
        assertThat(CommonPasswords.contains("tandem rides uphill")).isFalse();
        assertThat(CommonPasswords.easyToGuess("tandem rides uphill")).isFalse();
        assertThat(CommonPasswords.easyToGuess("correct-horse-battery")).isFalse();
    }

    @Test
    void usersRefusesBothBesideTheFieldSayingWhatToDo() {
        assertThatThrownBy(() -> Users.checkPassword("newPassword", "AlphaOmega"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("newPassword"))
                .hasMessageContaining("most common passwords")
                .hasMessageContaining("Choose another");
        assertThatThrownBy(() -> Users.checkPassword("password", "1111111111"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("password"))
                .hasMessageContaining("easy to guess")
                .hasMessageContaining("Choose another");
    }
}
