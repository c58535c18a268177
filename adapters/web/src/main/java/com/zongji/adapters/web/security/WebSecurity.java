package com.zongji.adapters.web.security;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything but health needs a login. The Camunda webapps under /camunda keep their own login and
 * CSRF protection (Camunda identity), so Spring Security lets them through untouched; the Camunda REST
 * API under /engine-rest has no security of its own and is closed to all but platform roles.
 */
@Configuration
@EnableMethodSecurity
class WebSecurity {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/camunda/**").permitAll()
                .requestMatchers("/engine-rest/**").hasAnyRole("PLATFORM_REVIEWER", "ANALYST")
                .anyRequest().authenticated())
            // REST clients authenticate per request with HTTP Basic and hold no session to forge against.
            .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**", "/camunda/**"))
            .httpBasic(withDefaults())
            .formLogin(withDefaults());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
