package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.identity.UserSummary;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The mail about work given to a person, sent to a real SMTP server (GreenMail) in the test's JVM; no Spring. */
class WorkMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final UserSummary MAYA = new UserSummary(7, "maya@budgetly.io", "Maya Ortiz");

    private static WorkMail mail(String baseUrl) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP.getSmtp().getPort());
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return new WorkMail(
                Optional.of(sender),
                new NotificationProperties(baseUrl, new NotificationProperties.Mail("tandem@budgetly.example")));
    }

    @Test
    void mailsTheWorkWithTheLinkOfItsPageAndOfMyWork() throws Exception {
        WorkMail.Outcome outcome = mail("https://tandem.budgetly.example/")
                .send(
                        MAYA,
                        "Action item for you: send the copy",
                        "Send the onboarding copy to design, due 3 December.",
                        "/w/budgetly/check-ins/4");

        assertThat(outcome).isEqualTo(WorkMail.Outcome.SENT);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("maya@budgetly.io");
        assertThat(received[0].getFrom()).extracting(Object::toString).containsExactly("tandem@budgetly.example");
        assertThat(received[0].getSubject()).isEqualTo("Action item for you: send the copy");
        assertThat((String) received[0].getContent())
                .contains("Hello Maya Ortiz")
                .contains("Send the onboarding copy to design, due 3 December.")
                .contains("https://tandem.budgetly.example/w/budgetly/check-ins/4")
                .contains("https://tandem.budgetly.example/me/work");
    }

    @Test
    void userTextCannotAddLinesToTheSubject() throws Exception {
        mail("").send(MAYA, "Review: \r\nBcc: someone@evil.example\r\n", "text", "/w/budgetly/reviews/1");

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Review: Bcc: someone@evil.example");
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("maya@budgetly.io");
        assertThat((String) received.getContent()).contains("Open it in Tandem: /w/budgetly/reviews/1");
    }

    @Test
    void theDemosPeopleAtExampleAddressesGetNoMail() {
        UserSummary demo = new UserSummary(8, "jonas@budgetly.example", "Jonas Weber");
        assertThat(mail("").send(demo, "subject", "text", "/me/work")).isEqualTo(WorkMail.Outcome.EXAMPLE_ADDRESS);
        assertThat(WorkMail.reservedForExamples("a@example.com")).isTrue();
        assertThat(WorkMail.reservedForExamples("a@mail.test")).isTrue();
        assertThat(WorkMail.reservedForExamples("a@examples.com")).isFalse();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void withoutMailSetUpNothingIsSent() {
        WorkMail none = new WorkMail(
                Optional.empty(), new NotificationProperties("", new NotificationProperties.Mail("tandem@localhost")));
        assertThat(none.send(MAYA, "subject", "text", "/me/work")).isEqualTo(WorkMail.Outcome.NO_MAIL_SET_UP);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }
}
