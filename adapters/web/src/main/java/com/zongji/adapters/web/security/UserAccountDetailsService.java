package com.zongji.adapters.web.security;

import com.zongji.engine.access.UserAccountRepository;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
@RequiredArgsConstructor
class UserAccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findById(username)
                .map(SignedInUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
    }
}
