package com.zongji.engine.archfixture;

import com.zongji.adapters.web.security.SignedInUser;

/** A deliberately reversed dependency: the architecture test must reject it. */
public class EngineReachingIntoAnAdapter {

    public String username(SignedInUser user) {
        return user.username();
    }
}
