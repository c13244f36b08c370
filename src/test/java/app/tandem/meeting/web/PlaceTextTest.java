package app.tandem.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceTextTest {

    @Test
    void aLinkOrATimeZoneMayBreakAfterASlashOrALinksQueryMarksButNotInsideTheScheme() {
        assertThat(PlaceText.breakable("Room 2, or https://meet.example.com/budgetly-monthly"))
                .isEqualTo("Room 2, or https://\u200Bmeet\u200B.example\u200B.com/\u200Bbudgetly-monthly");
        assertThat(PlaceText.breakable("America/Argentina/Buenos_Aires"))
                .isEqualTo("America/\u200BArgentina/\u200BBuenos_Aires");
        assertThat(PlaceText.breakable("Room 2")).isEqualTo("Room 2");
        assertThat(PlaceText.breakable("meet.example.com/x?pwd=ab&id=1"))
                .isEqualTo("meet\u200B.example\u200B.com/\u200Bx?\u200Bpwd=\u200Bab&\u200Bid=\u200B1");
    }
}
