package com.zongji.adapters.web.security;

import com.zongji.engine.access.Role;
import com.zongji.engine.access.UserAccount;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a request: who signed in, in which role, for which enterprise. */
public record SignedInUser(String username, String passwordHash, Role role, Long enterpriseId, Long employeeId,
                           boolean enabled) implements UserDetails {

    static SignedInUser of(UserAccount account) {
        return new SignedInUser(account.getUsername(), account.getPasswordHash(), account.getRole(),
                account.getEnterpriseId(), account.getEmployeeId(), account.isEnabled());
    }

    /** The enterprise every query of this request is scoped to; platform roles have none. */
    public long tenant() {
        if (enterpriseId == null) {
            throw new AccessDeniedException("Role " + role + " does not belong to an enterprise");
        }
        return enterpriseId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
