package com.zongji.engine.servicewindow;

/** The platform's rules for when manual service is open, and the hours of an enterprise that set none. */
public interface ServiceWindowPolicy {

    ServiceHours platformDefaultHours();

    ServiceWindowDecision decide(ServiceMoment moment);
}
