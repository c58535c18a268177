package com.zongji.engine.call;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a command once the surrounding transaction has committed (at once when there is none), so that
 * a phone's answer to it can never reach a flow that has not yet stored that it is waiting for one.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable command) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            command.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                command.run();
            }
        });
    }
}
