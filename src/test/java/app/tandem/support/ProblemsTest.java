package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a client is told of a body the JSON parser could not read: what is wrong, not how to reconfigure the parser. */
class ProblemsTest {

    @Test
    void aParsersMessageLosesItsAdviceToProgrammers() {
        assertThat(Problems.parserSaid(
                        "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"))
                .isEqualTo("Non-standard token 'NaN' (JSON has no NaN or Infinity: send a number)");
        assertThat(Problems.parserSaid("Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not"
                        + " recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)"))
                .isEqualTo("Unexpected character ('/' (code 47)): maybe a (non-standard) comment?");
        assertThat(Problems.parserSaid("Unexpected end-of-input: expected close marker for Object"))
                .isEqualTo("Unexpected end-of-input: expected close marker for Object");
    }
}
