package app.tandem.identity;

import app.tandem.support.AccessDenied;
import app.tandem.support.Refusals;
import app.tandem.support.Unauthenticated;
import app.tandem.support.UploadGate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the stateless API ({@code /api/**}, bearer tokens, problem details, no CSRF
 * since no cookie is involved) and the browser UI (form login, session, CSRF).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String LAST_EMAIL = SecurityConfiguration.class.getName() + ".lastEmail";

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** Email and password, each attempt counted before the password is compared. */
    @Bean
    AuthenticationProvider authenticationProvider(
            UserRepository userRepository,
            PasswordEncoder passwordEncoder,
            Users users,
            RateLimits limits,
            TrustedDevices devices,
            IdentityProperties properties) {
        // (the people, not a bean of their own: Spring Security would warn that it goes unused)
        UserDetailsService people = email -> userRepository
                .findByEmail(User.normalizeEmail(email))
                .map(User::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(people);
        passwords.setPasswordEncoder(passwordEncoder);
        // a locked account is refused before its password is compared, by AttemptCountingProvider
        // (which lets a browser the account trusts past the account's lock: TrustedDevices); a
        // deactivated one after: that it is deactivated is told only to whoever knows its password,
        // anyone else learns "wrong email or password" as for an unknown email
        passwords.setPreAuthenticationChecks(person -> {});
        passwords.setPostAuthenticationChecks(person -> {
            if (!person.isEnabled()) {
                throw new DisabledException("The account is deactivated");
            }
        });
        return new AttemptCountingProvider(passwords, users, limits, devices, properties.login());
    }

    /**
     * The API document: read by a signed-in person's browser (the Swagger UI, with its session) or by
     * a client generator (with an API token); open to anyone only when {@code
     * tandem.operations.public-api-docs} is set.
     */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocsChain(
            HttpSecurity http, ApiTokens tokens, IdentityProperties properties, Refusals refusals) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
                .authorizeHttpRequests(auth ->
                        auth.anyRequest().access(openOr(properties.operations().publicApiDocs(), null)))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, refusals), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> refusals.answer(
                        request,
                        response,
                        new Unauthenticated(
                                "Sign in, or send a personal API token as 'Authorization: Bearer <token>'."))));
        return http.build();
    }

    /** Anyone when {@code open}; otherwise the role, or any signed-in person when the role is null. */
    private static AuthorizationManager<RequestAuthorizationContext> openOr(boolean open, @Nullable String role) {
        if (open) {
            return (authentication, context) -> new AuthorizationDecision(true);
        }
        return role == null
                ? AuthenticatedAuthorizationManager.authenticated()
                : AuthorityAuthorizationManager.hasRole(role);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http, ApiTokens tokens, IdentityProperties properties, RateLimits limits, Refusals refusals)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .access(openOr(properties.operations().publicMetrics(), "INSTANCE_ADMIN"))
                        .requestMatchers("/actuator/**")
                        .hasRole("INSTANCE_ADMIN")
                        .requestMatchers("/api/v1/users", "/api/v1/users/**", "/api/v1/admin/**")
                        .hasRole("INSTANCE_ADMIN")
                        // calendar apps send no token: these feeds check the secret calendar link themselves
                        .requestMatchers(HttpMethod.GET, "/api/v1/me/calendar.ics", "/api/v1/workspaces/*/calendar.ics")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, refusals), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new ApiRateLimitFilter(limits, refusals), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                                (request, response, e) -> refusals.answer(
                                        request,
                                        response,
                                        new Unauthenticated(
                                                "Send a personal API token as 'Authorization: Bearer <token>'. Create one under Account > API tokens.")))
                        .accessDeniedHandler((request, response, e) ->
                                refusals.answer(request, response, new AccessDenied("Your account may not do this."))));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(
            HttpSecurity http,
            Users users,
            UserRepository userRepository,
            IdentityProperties properties,
            Refusals refusals,
            ObjectProvider<UploadGate> uploadGates,
            TrustedDevices devices)
            throws Exception {
        UploadGate uploadGate = uploadGates.getIfAvailable(() -> request -> false); // no gate: no body parsed
        SavedRequestAwareAuthenticationSuccessHandler where = new SavedRequestAwareAuthenticationSuccessHandler();
        where.setDefaultTargetUrl("/");
        // the browser is trusted by the account from now on (its device cookie: TrustedDevices)
        AuthenticationSuccessHandler success = (request, response, authentication) -> {
            devices.trust(request, response, authentication.getName());
            where.onAuthenticationSuccess(request, response, authentication);
        };
        AuthenticationFailureHandler failure = (request, response, exception) -> {
            if (exception instanceof AttemptCountingProvider.Throttled throttled) {
                response.setHeader(
                        HttpHeaders.RETRY_AFTER,
                        String.valueOf(throttled.refusal().retryAfter()));
                refusals.answer(request, response, throttled.refusal());
            } else {
                onLoginFailure(request, response, exception);
            }
        };
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                PasswordLinks.PATH + "**",
                                "/css/**",
                                "/js/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/favicon.svg",
                                "/error")
                        .permitAll()
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/problems", "/problems/**")
                        .access(openOr(properties.operations().publicApiDocs(), null))
                        .requestMatchers("/admin/**")
                        .hasRole("INSTANCE_ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(AttemptCountingProvider.SignInDetails::new)
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(success)
                        .failureHandler(failure)
                        .permitAll())
                // a multipart form's token comes in its X-CSRF-TOKEN header, or in its body when the gate
                // lets that be parsed (an upload to a workspace the person may change)
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new MultipartCsrfTokens(uploadGate)))
                .addFilterAfter(new SignedInWithCurrentPassword(userRepository), SecurityContextHolderFilter.class)
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Back to the form, keeping the email typed (the attempt was counted by {@link AttemptCountingProvider}). */
    private static void onLoginFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String email = request.getParameter("email");
        HttpSession session = request.getSession();
        if (email != null) {
            session.setAttribute(LAST_EMAIL, email.strip());
        }
        String why = exception instanceof AttemptCountingProvider.BrowserLocked
                ? "/login?locked=browser"
                : exception instanceof LockedException
                        ? "/login?locked"
                        : exception instanceof DisabledException
                                ? SignedInWithCurrentPassword.DEACTIVATED
                                : "/login?error";
        response.sendRedirect(request.getContextPath() + why);
    }

    /** Writes RFC 9457 problem details from the security filters, before any controller runs. */
}
