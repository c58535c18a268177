package com.zongji.adapters.web;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat, on a multipart upload refused for its size, stops reading the request and closes the connection after
 * the 413 with the rest unread; the client is still sending, the close resets the connection and the client may
 * lose the answer. Told to swallow aborted uploads, Tomcat reads the rest (up to
 * {@code server.tomcat.max-swallow-size}, 2 MB over the limit) before it closes, so the client gets its 413.
 */
@Component
class AbortedUploads implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.setSwallowAbortedUploads(true));
    }
}
