package com.zongji.adapters.web.security;

import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Everything but health needs a login. The Camunda webapps under /camunda keep their own login and
 * CSRF protection (Camunda identity), so Spring Security lets them through untouched; the Camunda REST
 * API under /engine-rest has no security of its own and is closed to all but platform roles.
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
            // REST clients authenticate per request with HTTP Basic and hold no session to forge against.
            .csrf(csrf -> csrf.disable())
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
                .anyRequest().authenticated())
            .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
            .httpBasic(withDefaults())
            .formLogin(withDefaults());
        return http.build();
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
