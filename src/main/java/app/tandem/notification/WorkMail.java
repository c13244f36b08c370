package app.tandem.notification;

import app.tandem.identity.UserSummary;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails a person about work given to them, when mail is set up ({@code spring.mail.host}); without
 * it Spring Boot makes no {@link JavaMailSender} and nothing is sent: the work waits in "My work".
 * A failure is logged, never thrown: the work itself is saved either way.
 */
@Component
@EnableConfigurationProperties(NotificationProperties.class)
class WorkMail {

    private static final Logger log = LoggerFactory.getLogger(WorkMail.class);

    /** What became of a mail. */
    enum Outcome {
        SENT,
        NO_MAIL_SET_UP,
        /** The address is in a domain reserved for examples (RFC 2606), such as the demo's people: no one reads it. */
        EXAMPLE_ADDRESS,
        FAILED
    }

    private final Optional<JavaMailSender> sender;
    private final NotificationProperties properties;

    WorkMail(Optional<JavaMailSender> sender, NotificationProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /**
     * Mails {@code what} to the person: the subject, the text (user text is sent as
     * plain text, never as HTML) and the link of the page where it is handled ({@code path}).
     */
    Outcome send(UserSummary person, String subject, String what, String path) {
        if (sender.isEmpty()) {
            return Outcome.NO_MAIL_SET_UP;
        }
        if (reservedForExamples(person.email())) {
            return Outcome.EXAMPLE_ADDRESS;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(properties.mail().from());
        mail.setTo(person.email());
        mail.setSubject(oneLine(subject));
        mail.setText("Hello " + person.displayName() + ",\n\n"
                + what + "\n\n"
                + "Open it in Tandem: " + link(path) + "\n\n"
                + "Everything that needs you is also listed under \"My work\": " + link("/me/work") + "\n");
        try {
            sender.get().send(mail);
            return Outcome.SENT;
        } catch (MailException e) {
            log.warn("A mail to user {} could not be sent: {}", person.id(), e.getMessage());
            return Outcome.FAILED;
        }
    }

    /** Whether the address is in a domain no one can receive mail at (RFC 2606 and 6761). */
    static boolean reservedForExamples(String email) {
        String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
        return domain.equals("example.com")
                || domain.equals("example.net")
                || domain.equals("example.org")
                || domain.endsWith(".example.com")
                || domain.endsWith(".example")
                || domain.endsWith(".test")
                || domain.endsWith(".invalid")
                || domain.endsWith(".localhost")
                || domain.equals("localhost");
    }

    private String link(String path) {
        String base = properties.baseUrl().strip();
        return base.isEmpty() ? path : base.replaceAll("/+$", "") + path;
    }

    /** A subject is one line: the user text in it cannot add headers or lines. */
    private static String oneLine(String subject) {
        String line = subject.replaceAll("\\s*[\\r\\n\\t]+\\s*", " ").strip();
        return line.length() > 150 ? line.substring(0, 149) + "…" : line;
    }
}
