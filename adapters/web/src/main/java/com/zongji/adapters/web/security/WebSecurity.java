package com.zongji.adapters.web.security;

import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Everything but health and the console's login page needs a login. Programs sign in per request with
 * HTTP Basic; the console signs in once with a form and then calls the same API with its session cookie,
 * so session-borne requests that change something must carry the CSRF token the console reads from the
 * ZONGJI-XSRF-TOKEN cookie. The Camunda webapps under /camunda keep their own login and CSRF protection (Camunda
 * identity), so Spring Security lets them through untouched; the Camunda REST API under /engine-rest has no
 * security of its own and is closed to all but platform roles.
 */
@Configuration
@EnableMethodSecurity
class WebSecurity {

    /**
     * APIs answer 401 to a missing login; they never redirect a program to a login page. Paths are
     * matched on the whole request path because Camunda's REST runs in a servlet of its own (Jersey).
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        RequestMatcher camundaRest = path("/engine-rest/**");
        http
            .securityMatcher(new OrRequestMatcher(path("/api/**"), camundaRest))
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(camundaRest).hasAnyRole("PLATFORM_REVIEWER", "ANALYST")
                // The payment provider signs its notifications instead of logging in.
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/payments/notify")).permitAll()
                .anyRequest().authenticated())
            .csrf(WebSecurity::consoleCsrf)
            .httpBasic(withDefaults());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
        http
            .authorizeHttpRequests(requests -> requests
                // The error page renders an API's 401/403/404; it must not itself demand a login.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
                .requestMatchers(path("/actuator/**")).hasAnyRole("PLATFORM_REVIEWER", "ANALYST")
                .requestMatchers(path("/camunda/**")).permitAll()
                // The login page and the console's code and texts hold no enterprise data.
                .requestMatchers(path("/console/login.html"), path("/console/css/**"), path("/console/js/**"),
                        path("/console/messages"), path("/favicon.ico")).permitAll()
                .anyRequest().authenticated())
            .csrf(csrf -> consoleCsrf(csrf.ignoringRequestMatchers(path("/camunda/**"))))
            .httpBasic(withDefaults())
            .formLogin(form -> form
                .loginPage("/console/login.html")
                .loginProcessingUrl("/login")
                .defaultSuccessUrl("/console/", true)
                .failureUrl("/console/login.html?error"))
            .logout(logout -> logout.logoutSuccessUrl("/console/login.html?logout"));
        return http.build();
    }

    /**
     * The console's scripts read the token from a cookie and send it back as X-ZONGJI-XSRF-TOKEN; the token is
     * loaded on every request so the cookie is there before the first change. Requests that carry their
     * own credentials (HTTP Basic) or no session at all cannot be forged with a victim's session.
     */
    private static void consoleCsrf(CsrfConfigurer<HttpSecurity> csrf) {
        CsrfTokenRequestAttributeHandler handler = new CsrfTokenRequestAttributeHandler();
        handler.setCsrfRequestAttributeName(null);
        // Names of our own: Camunda's webapps keep an XSRF-TOKEN cookie of theirs, which a shared name would clobber.
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieName("ZONGJI-XSRF-TOKEN");
        tokens.setHeaderName("X-ZONGJI-XSRF-TOKEN");
        tokens.setCookiePath("/");
        csrf.csrfTokenRepository(tokens)
            .csrfTokenRequestHandler(handler)
            .requireCsrfProtectionMatcher(request -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
                    && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                    && (request.getRequestedSessionId() != null || "/login".equals(request.getServletPath())));
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
