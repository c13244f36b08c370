package app.tandem.identity;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails a new password link to its person when mail is set up ({@code spring.mail.host}); without it
 * Spring Boot makes no {@link JavaMailSender} and the link is only shown to the admin.
 */
@Component
class PasswordLinkMail {

    private static final Logger log = LoggerFactory.getLogger(PasswordLinkMail.class);

    /** What became of the mail, for the admin to read. */
    enum Outcome {
        SENT,
        NO_MAIL_SET_UP,
        FAILED
    }

    private final Optional<JavaMailSender> sender;
    private final IdentityProperties properties;

    PasswordLinkMail(Optional<JavaMailSender> sender, IdentityProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /** Whether mail is set up, so a new link is mailed to its person. */
    boolean setUp() {
        return sender.isPresent();
    }

    /** Sends {@code url}, the link of {@code link}, to the person; a failure is logged, not thrown. */
    Outcome send(PasswordLinks.Created link, String url, String adminName) {
        if (sender.isEmpty()) {
            return Outcome.NO_MAIL_SET_UP;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(properties.mail().from());
        mail.setTo(link.person().email());
        mail.setSubject("Choose your Tandem password");
        mail.setText("Hello " + link.person().displayName() + ",\n\n"
                + adminName + " created a link for you to choose your password for Tandem:\n\n"
                + url + "\n\n"
                + "It works once, until " + link.expiresShown() + ". Then sign in with "
                + link.person().email() + " and the password you chose.\n\n"
                + "If you did not expect this mail, ignore it: nothing changes until the link is used.\n");
        try {
            sender.get().send(mail);
            return Outcome.SENT;
        } catch (MailException e) {
            log.warn(
                    "The password link for user {} could not be mailed: {}",
                    link.person().id(),
                    e.getMessage());
            return Outcome.FAILED;
        }
    }
}
