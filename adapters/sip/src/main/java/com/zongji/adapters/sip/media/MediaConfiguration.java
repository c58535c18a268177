package com.zongji.adapters.sip.media;

import org.springframework.beans.factory.annotation.Value;
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

    /** The SIP host is read as a plain property so that media does not depend on the signalling package. */
    @Bean(destroyMethod = "close")
    RtpMediaSessions mediaSessions(
            MediaProperties properties, @Value("${zongji.sip.host:}") String sipHost, SpeechEngine speech) {
        return new RtpMediaSessions(
                properties.advertisedHost(sipHost), properties.portMin(), properties.portMax(), speech);
    }
}
