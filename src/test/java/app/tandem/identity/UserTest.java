package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void locksAfterTheMaximumFailuresInARowForTheLockoutTime() {
        User user = new User("Maya@Budgetly.example ", "Maya", "hash", false);
        user.failedLogin(3, Duration.ofMinutes(5), now);
        user.failedLogin(3, Duration.ofMinutes(5), now);
        assertThat(user.lockedAt(now)).isFalse();
        user.failedLogin(3, Duration.ofMinutes(5), now);
        assertThat(user.lockedAt(now.plusSeconds(299))).isTrue();
        assertThat(user.lockedAt(now.plusSeconds(300))).isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        User user = new User("maya@budgetly.example", "Maya", "hash", false);
        user.failedLogin(3, Duration.ofMinutes(5), now);
        user.failedLogin(3, Duration.ofMinutes(5), now);
        user.succeededLogin();
        user.failedLogin(3, Duration.ofMinutes(5), now);
        assertThat(user.lockedAt(now)).isFalse();
    }

    @Test
    void emailsAreComparedWithoutCaseOrSpaces() {
        assertThat(new User(" Maya@Budgetly.Example ", "Maya", "hash", false).email())
                .isEqualTo("maya@budgetly.example");
    }

    @Test
    void tokensAreStoredAsAStableHashNeverAsTheSecret() {
        String hash = ApiTokens.hash("tdm_secret");
        assertThat(hash)
                .hasSize(64)
                .isEqualTo(ApiTokens.hash("tdm_secret"))
                .isNotEqualTo(ApiTokens.hash("tdm_secret2"));
        assertThat(hash).doesNotContain("secret");
    }
}
