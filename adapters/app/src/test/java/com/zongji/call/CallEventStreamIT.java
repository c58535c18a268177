package com.zongji.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.support.EngineIT;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console's event stream opens as soon as it is subscribed to, before any call changes. */
class CallEventStreamIT extends EngineIT {

    @LocalServerPort
    int port;

    @Test
    void aSubscriberGetsTheStreamsHeadersAndAFirstLineWithoutWaitingForACall() throws Exception {
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/calls/events"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("liuli:liuli".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream")
                .build();
        CompletableFuture<HttpResponse<InputStream>> opened = HttpClient.newHttpClient()
                .sendAsync(subscribe, HttpResponse.BodyHandlers.ofInputStream());

        HttpResponse<InputStream> stream = opened.get(5, TimeUnit.SECONDS);
        try (InputStream body = stream.body()) {
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            assertThat(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)).readLine()).isEqualTo(":subscribed");
        }
    }
}
