package app.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.DataDirectory;
import app.tandem.identity.UserSummary;
import app.tandem.identity.Users;
import app.tandem.meeting.ActionItemAssigned;
import app.tandem.review.ReviewerInvited;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With mail set up, the person given an action item or invited to a review gets a mail through a
 * real SMTP server (GreenMail, in the test's JVM), after the transaction that published the event.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class WorkNotificationsModuleTest {

    /** Started before the application context, which reads its port. */
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    private static final Path DATA_DIR = DataDirectory.create("module-notification-");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DataDirectory.register(registry, DATA_DIR);
        registry.add("tandem.demo.enabled", () -> "false");
        registry.add("tandem.base-url", () -> "https://tandem.budgetly.io");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    Users users;

    private UserSummary person(String name) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return users.create(
                name.toLowerCase().replace(' ', '.') + "." + unique + "@budgetly.io",
                name,
                "long-enough-password",
                false);
    }

    @Test
    void theOwnerOfAnActionItemIsMailedAfterItIsGiven(Scenario scenario) throws Exception {
        UserSummary owner = person("Aiko Tanaka");
        scenario.publish(new ActionItemAssigned(
                        1,
                        2,
                        owner.id(),
                        "Send the onboarding copy to design",
                        LocalDate.of(2026, 12, 3),
                        "/w/budgetly/check-ins/4"))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> received(owner.email()))
                .andVerify(mail -> assertThat(mail).isNotNull());

        MimeMessage mail = received(owner.email());
        assertThat(mail.getSubject()).isEqualTo("Action item for you: Send the onboarding copy to design");
        assertThat((String) mail.getContent())
                .contains("Hello Aiko Tanaka")
                .contains("due 3 December 2026")
                .contains("https://tandem.budgetly.io/w/budgetly/check-ins/4");
    }

    @Test
    void anInvitedReviewerIsMailed(Scenario scenario) throws Exception {
        UserSummary reviewer = person("Jonas Berg");
        scenario.publish(new ReviewerInvited(
                        1, 5, reviewer.id(), "Savings goals on the home screen", null, "/w/budgetly/reviews/5"))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> received(reviewer.email()))
                .andVerify(mail -> assertThat(mail).isNotNull());

        MimeMessage mail = received(reviewer.email());
        assertThat(mail.getSubject()).isEqualTo("Your review is asked for: Savings goals on the home screen");
        assertThat((String) mail.getContent())
                .contains("You are invited to review \"Savings goals on the home screen\". Comment and give")
                .contains("https://tandem.budgetly.io/w/budgetly/reviews/5");
    }

    private static MimeMessage received(String email) {
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            try {
                if (message.getAllRecipients()[0].toString().equals(email)) {
                    return message;
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }
}
