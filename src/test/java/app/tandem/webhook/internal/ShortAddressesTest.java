package app.tandem.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.webhook.TargetRefused;
import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A webhook URL whose host is an IPv4 address written short ({@code 127.1}), which Java's URI reads
 * as no host at all while curl and browsers read it as {@code 127.0.0.1}: refused for what it is.
 */
class ShortAddressesTest {

    @ParameterizedTest
    @CsvSource({
        "127.1, 127.0.0.1",
        "127.0.1, 127.0.0.1",
        "0x7f.1, 127.0.0.1",
        "0177.0.0.1, 127.0.0.1",
        "2130706433, 127.0.0.1",
        "10.1, 10.0.0.1",
        "8.8.2056, 8.8.8.8",
        "0, 0.0.0.0"
    })
    void shortFormsReadAsCurlAndBrowsersReadThem(String host, String full) throws Exception {
        assertThat(InetAddress.getByAddress(Targets.shortIpv4(host)).getHostAddress())
                .isEqualTo(full);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example", "a_b.example", "1..2", "256.1.1.1", "1.2.3.4.5", "4294967296", "1.x"})
    void otherHostsAreNoShortForm(String host) {
        assertThat(Targets.shortIpv4(host)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.1:18991/a", "http://0x7f.1/a", "http://10.1/hook"})
    void aPrivateAddressWrittenShortIsRefusedAsPrivateNotAsNoHost(String url) {
        assertThatThrownBy(() -> Targets.parse(url))
                .isInstanceOf(TargetRefused.class)
                .hasMessageContaining("written in short form, a loopback or private address")
                .hasMessageNotContaining("names no host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://8.8.2056/a"})
    void aPublicAddressWrittenShortIsRefusedAskingForItInFull(String url) {
        assertThatThrownBy(() -> Targets.parse(url))
                .isInstanceOf(TargetRefused.class)
                .hasMessageContaining("8.8.2056 is the IP address 8.8.8.8 written in short form; write it in full");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hooks_1.example.com/a", "http://user@bad_host:8080/a"})
    void aHostNameJavaCannotReadIsSaidToBeNoValidHostName(String url) {
        assertThatThrownBy(() -> Targets.parse(url))
                .isInstanceOf(TargetRefused.class)
                .hasMessageContaining("is not a valid host name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http:///a", "http://:80/a"})
    void aUrlWithNoHostSaysSo(String url) {
        assertThatThrownBy(() -> Targets.parse(url))
                .isInstanceOf(TargetRefused.class)
                .hasMessageContaining("names no host");
    }
}
