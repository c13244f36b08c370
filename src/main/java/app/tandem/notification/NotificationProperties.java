package app.tandem.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the mails need: the address people reach Tandem at ({@code tandem.base-url}; blank: the
 * mails carry the path of the page only) and the sender ({@code tandem.mail.from}).
 */
@ConfigurationProperties("tandem")
record NotificationProperties(
        @DefaultValue("") String baseUrl, @DefaultValue Mail mail) {

    record Mail(@DefaultValue("tandem@localhost") String from) {}
}
