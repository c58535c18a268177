package com.zongji.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.numbering.NumberStatus;
import com.zongji.engine.numbering.NumberUnavailable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** Two enterprises of one city want the same number at the same moment: exactly one gets it. */
class NumberRaceIT extends NumberSelectionSupport {

    private static final int ROUNDS = 5;

    @Test
    void concurrentReservationsOfOneNumberHaveExactlyOneWinner() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Enterprise a = enterpriseIn("广东", "广州");
            Enterprise b = enterpriseIn("广东", "广州");
            String wanted = selection.offer(a.getId(), "广州").get(0);
            Instant until = Instant.now().plusSeconds(600);

            List<Outcome> outcomes = race(
                    () -> selection.reserve(a.getId(), wanted, until).enterpriseId(),
                    () -> selection.reserve(b.getId(), wanted, until).enterpriseId());

            assertExactlyOneWinner(outcomes, wanted);
            selection.release(number(wanted).getEnterpriseId(), wanted);
        }
    }

    @Test
    void concurrentPicksThroughTheProcessHaveExactlyOneWinnerAndTheLoserMayPickAgain() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Enterprise a = enterpriseIn("广东", "广州");
            Enterprise b = enterpriseIn("广东", "广州");
            ProcessInstance selectionA = startSelection(a, "PT10M");
            ProcessInstance selectionB = startSelection(b, "PT10M");
            String wanted = selection.offer(a.getId(), "广州").get(0);

            List<Outcome> outcomes = race(
                    () -> flow.pick(a.getId(), wanted).enterpriseId(),
                    () -> flow.pick(b.getId(), wanted).enterpriseId());

            long winner = assertExactlyOneWinner(outcomes, wanted);
            ProcessInstance winning = winner == a.getId() ? selectionA : selectionB;
            ProcessInstance losing = winner == a.getId() ? selectionB : selectionA;
            assertThat(waitsAt(winning, "Gateway_ConfirmOrTimeout")).isTrue();
            assertThat(waitsAt(losing, "Event_NumberPicked")).isTrue();
            assertThat(runtime.getVariable(losing.getId(), "pickError").toString()).contains(wanted);
            runtime.deleteProcessInstance(selectionA.getId(), "test over");
            runtime.deleteProcessInstance(selectionB.getId(), "test over");
            selection.release(winner, wanted);
        }
    }

    record Outcome(Long winner, Throwable refusal) {
    }

    private List<Outcome> race(Callable<Long> first, Callable<Long> second) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Callable<Long> contender : List.of(first, second)) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return new Outcome(contender.call(), null);
                    } catch (RuntimeException refused) {
                        return new Outcome(null, refused);
                    }
                }));
            }
            ready.await();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private long assertExactlyOneWinner(List<Outcome> outcomes, String number) {
        List<Outcome> won = outcomes.stream().filter(outcome -> outcome.winner() != null).toList();
        List<Outcome> lost = outcomes.stream().filter(outcome -> outcome.refusal() != null).toList();
        assertThat(won).hasSize(1);
        assertThat(lost).hasSize(1);
        assertThat(lost.get(0).refusal()).isInstanceOf(NumberUnavailable.class);
        assertThat(number(number).getStatus()).isEqualTo(NumberStatus.RESERVED);
        assertThat(number(number).getEnterpriseId()).isEqualTo(won.get(0).winner());
        return won.get(0).winner();
    }
}
