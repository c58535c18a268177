package com.zongji.adapters.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zongji.engine.access.LoginStanding;
import com.zongji.engine.access.LoginThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt (HTTP Basic credentials, or the console's form login) for a username or from an address
 * with too many recent failures: 429 with Retry-After, before Spring Security looks at the password, so a guesser
 * learns nothing and costs no BCrypt round. Runs ahead of the security filter chain, for every chain alike, and
 * leaves on the request whether the username has failures on record, so {@link LoginOutcomes} clears the count
 * only when there is one. Requests signed in by their session carry no credentials and cost no read.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final RequestMatcher FORM_LOGIN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
    private static final String STANDING = LoginThrottleFilter.class.getName() + ".standing";

    private final LoginThrottle throttle;
    private final ObjectMapper json;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    LoginThrottleFilter(LoginThrottle throttle, ObjectMapper json) {
        this.throttle = throttle;
        this.json = json;
    }

    /**
     * Whether the login attempt of the current request may have failures on record to clear: false only when
     * this filter read the counts and found none for its username.
     */
    static boolean mayHaveFailuresOnRecord() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return !(request != null && request.getAttribute(STANDING, RequestAttributes.SCOPE_REQUEST) instanceof LoginStanding standing
                && !standing.userFailuresOnRecord());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<LoginStanding> standing = attemptedUsername(request).map(username -> throttle.standing(username, request.getRemoteAddr()));
        if (standing.isEmpty() || !standing.get().refused()) {
            standing.ifPresent(known -> request.setAttribute(STANDING, known));
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (standing.get().refusedFor().toMillis() + 999) / 1000);
        String text = "登录失败次数过多，请 " + seconds + " 秒后再试 / too many failed logins, try again in " + seconds + " s";
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (FORM_LOGIN.matches(request)) {
            // A browser posted the console's login form: it shows this page, with the way back to the form.
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>总机</title><p>"
                    + text + "</p><p><a href=\"/console/login.html\">返回登录 / back to login</a></p></html>");
        } else {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, text);
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        }
    }
    private Optional<String> attemptedUsername(HttpServletRequest request) {
        if (FORM_LOGIN.matches(request)) {
            return Optional.ofNullable(request.getParameter(UsernamePasswordAuthenticationFilter.SPRING_SECURITY_FORM_USERNAME_KEY));
        }
        try {
            return Optional.ofNullable(basic.convert(request)).map(token -> token.getName());
        } catch (AuthenticationException malformed) {
            return Optional.empty();
        }
    }
}
