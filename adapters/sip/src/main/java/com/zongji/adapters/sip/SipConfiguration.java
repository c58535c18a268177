package com.zongji.adapters.sip;

import com.zongji.engine.numbering.ServedNumbers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SipProperties.class)
public class SipConfiguration {

    @Bean
    RequestRoute requestRoute(ServedNumbers servedNumbers) {
        return new RequestRoute(servedNumbers);
    }

    @Bean
    SipServer sipServer(SipProperties properties, RequestRoute route) {
        return new SipServer(properties, route);
    }
}
