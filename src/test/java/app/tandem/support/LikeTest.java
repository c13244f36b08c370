package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void findsTheWordsAnywhereIgnoringCase() {
        assertThat(Like.containing("  Onboard ")).isEqualTo("%onboard%");
    }

    @Test
    void takesWildcardsAndTheEscapeCharacterLiterally() {
        assertThat(Like.containing("50%_off\\")).isEqualTo("%50\\%\\_off\\\\%");
    }

    @Test
    void blankWordsMatchEverything() {
        assertThat(Like.containing(" ")).isEqualTo("%");
    }
}
