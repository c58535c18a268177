package com.zongji.adapters.web.security;

import com.zongji.engine.access.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the process engine who calls its REST API. Spring Security signs the user in; Camunda only knows
 * the identity set here, so a reviewer's task completion and the operation log name the reviewer.
 */
@Component
class CamundaRestIdentity extends OncePerRequestFilter {

    /** The candidate group the review tasks of the onboarding diagram are offered to. */
    static final String REVIEWERS = "reviewers";

    private final IdentityService identity;

    CamundaRestIdentity(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            chain.doFilter(request, response);
            return;
        }
        identity.setAuthentication(user.username(), user.role() == Role.PLATFORM_REVIEWER ? List.of(REVIEWERS) : List.of());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }
}
