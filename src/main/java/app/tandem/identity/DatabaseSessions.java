package app.tandem.identity;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Signed-in sessions in the database ({@code tandem.sessions.store=database}, Spring Session JDBC,
 * tables from V5), for several nodes behind a load balancer without sticky sessions: a person who
 * signed in through one node is signed in on every node, with the same CSRF token. The default
 * ({@code memory}) keeps them in the node's memory, as one node needs.
 *
 * <p>The session cookie keeps the name and the attributes the in-memory sessions have ({@code
 * server.servlet.session.*}): HttpOnly, SameSite=Lax, Secure when the request came over HTTPS. An
 * expired session's rows are removed every minute by each node (a delete that any node may run).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tandem.sessions.store", havingValue = "database")
@EnableJdbcHttpSession
class DatabaseSessions {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(timeout);
    }

    @Bean
    CookieSerializer sessionCookie(
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String name,
            @Value("${server.servlet.session.cookie.same-site:Lax}") String sameSite,
            @Value("${server.servlet.session.cookie.secure:#{null}}") @Nullable Boolean secure) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(name);
        if (secure != null) { // otherwise Secure when the request came over HTTPS
            cookie.setUseSecureCookie(secure);
        }
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite(sameSite.substring(0, 1).toUpperCase() + sameSite.substring(1));
        return cookie;
    }
}
