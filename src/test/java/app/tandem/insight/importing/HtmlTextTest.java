package app.tandem.insight.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void aFreshdeskDescriptionBecomesParagraphsListsAndLinks() {
        String freshdesk = "<div>Since the update <b>nothing</b> syncs &amp; the app says&nbsp;&quot;retry&quot;.</div>"
                + "<div><br></div><div>Steps:</div><ul><li>Open <i>Accounts</i></li><li>Tap sync</li></ul>"
                + "<p>See <a href=\"https://status.example.com\">our status page</a><br>Thanks,<br>Ana</p>";

        assertThat(HtmlText.of(freshdesk))
                .isEqualTo("Since the update nothing syncs & the app says \"retry\".\n\n"
                        + "Steps:\n\n- Open Accounts\n- Tap sync\n\n"
                        + "See our status page (https://status.example.com)\nThanks,\nAna");
    }

    @Test
    void textThatIsNotHtmlIsKeptAsItIs() {
        String text = "Budget < income when x<3 and <this> is not a tag\n\n- a list";
        assertThat(HtmlText.isHtml(text)).isFalse();
        assertThat(HtmlText.of(text)).isSameAs(text);
    }

    @Test
    void scriptsAndStylesLeaveNoText() {
        assertThat(HtmlText.of("<p>Hello</p><script>alert(1)</script><style>p{}</style>"))
                .isEqualTo("Hello");
    }
}
