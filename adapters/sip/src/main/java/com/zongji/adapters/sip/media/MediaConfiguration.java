package com.zongji.adapters.sip.media;

import com.zongji.adapters.sip.SipProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MediaProperties.class)
public class MediaConfiguration {

    @Bean
    SpeechEngine speechEngine(MediaProperties properties) {
        return EspeakSpeech.onPath(System.getenv("PATH"), properties.speechTimeout());
    }

    @Bean(destroyMethod = "close")
    RtpMediaSessions mediaSessions(MediaProperties properties, SipProperties sip, SpeechEngine speech) {
        return new RtpMediaSessions(
                properties.advertisedHost(sip.host()), properties.portMin(), properties.portMax(), speech);
    }
}
