package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DayWordsTimeTest {

    @Test
    void aMomentReadsToTheMinuteInUtcWithoutItsNanoseconds() {
        assertThat(DayWords.time(Instant.parse("2026-12-07T00:11:23.882354791Z")))
                .isEqualTo("7 Dec 2026, 00:11 UTC");
        assertThat(DayWords.time(Instant.parse("2027-01-04T13:05:00Z"))).isEqualTo("4 Jan 2027, 13:05 UTC");
    }
}
