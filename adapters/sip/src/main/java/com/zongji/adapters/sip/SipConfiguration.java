package com.zongji.adapters.sip;

import com.zongji.adapters.sip.media.MediaSessions;
import com.zongji.engine.call.CallSignals;
import com.zongji.engine.call.Telephony;
import com.zongji.engine.numbering.ServedNumbers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SipProperties.class, OverloadLimits.class})
public class SipConfiguration {

    /** A bean of its own so that operators' tools (and tests) can change the limits while the node runs. */
    @Bean
    InviteAdmission inviteAdmission(OverloadLimits limits, SipProperties properties) {
        return new InviteAdmission(limits, properties.trunk());
    }

    /** CallSignals is looked up when first used: the engine's implementation itself needs Telephony. */
    @Bean
    B2bua b2bua(SipProperties properties, InviteAdmission admission, ServedNumbers servedNumbers,
            MediaSessions media, ObjectProvider<CallSignals> signals) {
        return new B2bua(properties, admission, servedNumbers, media, signals::getObject);
    }

    @Bean
    Telephony telephony(B2bua b2bua) {
        return b2bua.telephony();
    }

    @Bean
    SipServer sipServer(B2bua b2bua) {
        return b2bua.server();
    }
}
