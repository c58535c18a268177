package com.zongji.adapters.sip.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.engine.call.DigitCollection;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeypadTest {

    /** The IVR's rules: an extension of up to 4 digits, # to end early, 0 alone for manual service. */
    private static final DigitCollection EXTENSION =
            new DigitCollection(4, Duration.ofSeconds(5), Duration.ofSeconds(3), "#", "0");

    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final BlockingQueue<String> results = new LinkedBlockingQueue<>();
    private final Keypad keypad = new Keypad(clock, Runnable::run);

    @AfterEach
    void stopClock() {
        clock.shutdownNow();
    }

    @Test
    void anImmediateKeyPressedFirstEndsTheCollectionAlone() throws InterruptedException {
        keypad.collect(EXTENSION, results::add);

        keypad.press('0');

        assertThat(results.poll(100, TimeUnit.MILLISECONDS)).isEqualTo("0");
    }

    @Test
    void anImmediateKeyAfterOtherDigitsIsAnOrdinaryDigit() throws InterruptedException {
        keypad.collect(EXTENSION, results::add);

        press("10");
        assertThat(results).isEmpty();
        press("05");

        assertThat(results.poll(100, TimeUnit.MILLISECONDS)).isEqualTo("1005");
    }

    @Test
    void endsAtMaxDigitsAndKeepsLaterKeysForTheNextCollection() throws InterruptedException {
        keypad.collect(EXTENSION, results::add);

        press("123456");
        assertThat(results.poll(100, TimeUnit.MILLISECONDS)).isEqualTo("1234");
        keypad.collect(new DigitCollection(2, Duration.ofSeconds(5), Duration.ofSeconds(3), "", ""), results::add);

        assertThat(results.poll(100, TimeUnit.MILLISECONDS)).isEqualTo("56");
    }

    @Test
    void aTerminatorEndsTheCollectionAndIsNotPartOfIt() throws InterruptedException {
        keypad.collect(EXTENSION, results::add);

        press("12#");

        assertThat(results.poll(100, TimeUnit.MILLISECONDS)).isEqualTo("12");
    }

    @Test
    void aTerminatorAloneGivesNoDigits() throws InterruptedException {
        keypad.collect(EXTENSION, results::add);

        press("#");

        assertThat(results.poll(100, TimeUnit.MILLISECONDS)).isEmpty();
    }

    @Test
    void theFirstDigitTimeoutEndsASilentCollectionAfterFiveSeconds() throws InterruptedException {
        long start = System.nanoTime();
        keypad.collect(EXTENSION, results::add);

        String result = results.poll(7, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(result).isEmpty();
        assertThat(millis).isBetween(4900L, 5500L);
    }

    @Test
    void theInterDigitTimeoutEndsTheCollectionAfterTheLastKey() throws InterruptedException {
        keypad.collect(new DigitCollection(4, Duration.ofSeconds(5), Duration.ofMillis(300), "#", "0"), results::add);

        press("12");
        long lastKey = System.nanoTime();
        String result = results.poll(2, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastKey);

        assertThat(result).isEqualTo("12");
        assertThat(millis).isBetween(250L, 800L);
    }

    @Test
    void keysTypedAheadCountFirst() throws InterruptedException {
        press("81");
        keypad.collect(new DigitCollection(4, Duration.ofSeconds(5), Duration.ofMillis(300), "#", "0"), results::add);
        press("2");

        assertThat(results.poll(2, TimeUnit.SECONDS)).isEqualTo("812");
    }

    @Test
    void anImmediateKeyTypedAheadEndsTheCollectionAsSoonAsItStarts() throws InterruptedException {
        press("0");

        keypad.collect(EXTENSION, results::add);

        assertThat(results.poll(100, TimeUnit.MILLISECONDS)).isEqualTo("0");
    }

    @Test
    void typedAheadDigitsThenTerminatorEndAtOnce() throws InterruptedException {
        press("801#");

        keypad.collect(EXTENSION, results::add);

        assertThat(results.poll(100, TimeUnit.MILLISECONDS)).isEqualTo("801");
    }

    @Test
    void reportsOnceAndLaterKeysWaitForTheNextCollection() throws InterruptedException {
        keypad.collect(EXTENSION, results::add);
        press("0");
        press("7");

        assertThat(results.poll(100, TimeUnit.MILLISECONDS)).isEqualTo("0");
        assertThat(results.poll(300, TimeUnit.MILLISECONDS)).isNull();
        keypad.collect(new DigitCollection(1, Duration.ofSeconds(5), Duration.ofSeconds(3), "", ""), results::add);
        assertThat(results.poll(100, TimeUnit.MILLISECONDS)).isEqualTo("7");
    }

    @Test
    void aStoppedOrSupersededCollectionReportsNothing() throws InterruptedException {
        BlockingQueue<String> abandoned = new LinkedBlockingQueue<>();
        DigitCollection quick = new DigitCollection(4, Duration.ofMillis(100), Duration.ofMillis(100), "#", "0");
        keypad.collect(quick, abandoned::add);
        keypad.collect(quick, results::add);
        press("5");
        keypad.stop();

        assertThat(results.poll(400, TimeUnit.MILLISECONDS)).isNull();
        assertThat(abandoned).isEmpty();
    }

    @Test
    void withoutATimeoutTheCollectionWaitsForKeys() throws InterruptedException {
        keypad.collect(new DigitCollection(2, null, null, "", ""), results::add);

        assertThat(results.poll(300, TimeUnit.MILLISECONDS)).isNull();
        press("42");
        assertThat(results.poll(100, TimeUnit.MILLISECONDS)).isEqualTo("42");
    }

    private void press(String keys) {
        keys.chars().forEach(key -> keypad.press((char) key));
    }
}
