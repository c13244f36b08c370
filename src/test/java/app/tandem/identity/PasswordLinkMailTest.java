package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The password-link mail, sent to a real SMTP server (GreenMail) in the test's JVM; no Spring. */
class PasswordLinkMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final PasswordLinks.Created LINK = new PasswordLinks.Created(
            new UserSummary(7, "maya@budgetly.example", "Maya Ortiz"),
            "the-secret",
            Instant.parse("2026-12-02T10:15:00Z"));

    private static IdentityProperties properties() {
        return new IdentityProperties(
                new IdentityProperties.Admin("admin@tandem.local", "", ""),
                new IdentityProperties.Login(5, Duration.ofMinutes(5), 10),
                new IdentityProperties.Operations(false, false),
                new IdentityProperties.PasswordLinkSettings(Duration.ofHours(24)),
                new IdentityProperties.Mail("tandem@budgetly.example"),
                "");
    }

    private static JavaMailSenderImpl senderTo(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return sender;
    }

    @Test
    void mailsTheLinkToThePersonWithItsEnd() throws Exception {
        PasswordLinkMail mail =
                new PasswordLinkMail(Optional.of(senderTo(SMTP.getSmtp().getPort())), properties());
        assertThat(mail.setUp()).isTrue();

        PasswordLinkMail.Outcome outcome =
                mail.send(LINK, "https://tandem.budgetly.example/password-links/the-secret", "Ada Admin");

        assertThat(outcome).isEqualTo(PasswordLinkMail.Outcome.SENT);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("maya@budgetly.example");
        assertThat(message.getFrom()).extracting(Object::toString).containsExactly("tandem@budgetly.example");
        assertThat(message.getSubject()).isEqualTo("Choose your Tandem password");
        assertThat((String) message.getContent())
                .contains("Hello Maya Ortiz")
                .contains("Ada Admin created a link")
                .contains("https://tandem.budgetly.example/password-links/the-secret")
                .contains("until 2026-12-02 10:15 UTC")
                .contains("sign in with maya@budgetly.example");
    }

    @Test
    void withoutMailSetUpNothingIsSent() {
        PasswordLinkMail mail = new PasswordLinkMail(Optional.empty(), properties());
        assertThat(mail.setUp()).isFalse();
        assertThat(mail.send(LINK, "http://localhost/password-links/the-secret", "Ada Admin"))
                .isEqualTo(PasswordLinkMail.Outcome.NO_MAIL_SET_UP);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aMailServerThatCannotBeReachedIsReportedNotThrown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PasswordLinkMail mail = new PasswordLinkMail(Optional.of(senderTo(closedPort)), properties());
        assertThat(mail.send(LINK, "http://localhost/password-links/the-secret", "Ada Admin"))
                .isEqualTo(PasswordLinkMail.Outcome.FAILED);
    }
}
