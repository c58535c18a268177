package com.zongji.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A console test: the engine node of {@link EngineIT} and one headless Chromium for the test class,
 * signed out before each class starts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConsoleIT extends EngineIT {

    @LocalServerPort
    private int httpPort;

    protected ConsoleBrowser console;

    @BeforeAll
    void openBrowser() {
        console = ConsoleBrowser.open("http://127.0.0.1:" + httpPort, getClass().getSimpleName());
    }

    @AfterAll
    void closeBrowser() {
        if (console != null) {
            console.close();
        }
    }
}
