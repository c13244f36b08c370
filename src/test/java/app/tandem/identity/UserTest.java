package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserTest {

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
