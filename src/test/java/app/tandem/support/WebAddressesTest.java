package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;

class WebAddressesTest {

    private static String said(String address) {
        try {
            new URI(address);
        } catch (URISyntaxException e) {
            return WebAddresses.unreadable(address, e);
        }
        throw new AssertionError(address + " was read");
    }

    @Test
    void namesTheCharacterThatCannotStandInAnAddressAndHowToWriteIt() {
        assertThat(said("https://example.com/path?q=1&x=<y>"))
                .isEqualTo("The character ‘<’ (character 32) cannot stand in a web address as it is: write it as %3C,"
                        + " as a browser's address bar does when you copy from it.");
        assertThat(said("https://exa mple.com")).startsWith("A space (character 12) cannot stand in a web address");
        assertThat(WebAddresses.looksLikeOne(" HTTPS://example.com")).isTrue();
        assertThat(WebAddresses.looksLikeOne("figma board")).isFalse();
        assertThat(WebAddresses.looksLikeOne("javascript:alert(1)")).isFalse();
        assertThat(said("https://example.com/ä b")).contains("A space (character 22)");
    }
}
