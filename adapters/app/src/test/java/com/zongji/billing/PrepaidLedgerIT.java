package com.zongji.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.zongji.engine.billing.LedgerEntry;
import com.zongji.engine.billing.LedgerEntryKind;
import com.zongji.engine.billing.Money;
import com.zongji.engine.billing.PrepaidAccount;
import com.zongji.engine.billing.PrepaidAccountRepository;
import com.zongji.engine.billing.PrepaidLedger;
import com.zongji.engine.billing.Settlement;
import com.zongji.engine.billing.SliceReservation;
import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.enterprise.OrganizationType;
import com.zongji.support.EngineIT;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PrepaidLedgerIT extends EngineIT {

    private static final int CALLS = 50;
    private static final int AFFORDABLE_SLICES = 7;
    private static final Money SLICE = Money.ofThousandths(288);
    private static final Money CALL_COST = Money.ofThousandths(192);

    @Autowired PrepaidLedger ledger;
    @Autowired EnterpriseRepository enterprises;
    @Autowired PrepaidAccountRepository accounts;

    private final ExecutorService threads = Executors.newFixedThreadPool(CALLS);
    private long enterpriseId;

    @BeforeEach
    void anEnterpriseWithAnEmptyAccount() {
        enterpriseId = enterprises.save(new Enterprise(
                "账本测试有限公司", "湖北", "武汉", OrganizationType.COMPANY, LocalDate.of(2020, 1, 1))).getId();
        accounts.save(new PrepaidAccount(enterpriseId));
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void fiftySimultaneousCallsHoldOnlyWhatTheBalanceCoversAndEachIsChargedOnce() throws Exception {
        Money funds = Money.ofThousandths(SLICE.thousandths() * AFFORDABLE_SLICES);
        ledger.credit(enterpriseId, funds, LedgerEntryKind.RECHARGE, "pay-concurrent");

        List<SliceReservation> holds = allAtOnce(IntStream.range(0, CALLS)
                .<Callable<SliceReservation>>mapToObj(call -> () -> ledger.reserve(enterpriseId, "call-" + call, SLICE))
                .toList());

        List<String> heldCalls = IntStream.range(0, CALLS).filter(call -> holds.get(call).granted())
                .mapToObj(call -> "call-" + call).toList();
        assertThat(heldCalls).hasSize(AFFORDABLE_SLICES);
        assertThat(holds).allSatisfy(hold -> assertThat(hold.availableAfter().isLessThan(Money.ZERO)).isFalse());
        assertThat(ledger.available(enterpriseId)).isEqualTo(Money.ZERO);

        List<Settlement> settlements = allAtOnce(heldCalls.stream()
                .flatMap(call -> IntStream.range(0, 2)
                        .<Callable<Settlement>>mapToObj(twice -> () -> ledger.settle(enterpriseId, call, CALL_COST)))
                .toList());

        assertThat(settlements).containsOnly(new Settlement(SLICE, CALL_COST));
        List<LedgerEntry> entries = ledger.entries(enterpriseId);
        assertThat(entries).filteredOn(entry -> entry.getKind() == LedgerEntryKind.CALL_CHARGE)
                .extracting(LedgerEntry::getReference).containsExactlyInAnyOrderElementsOf(heldCalls);
        Money expected = funds.minus(Money.ofThousandths(CALL_COST.thousandths() * AFFORDABLE_SLICES));
        assertThat(ledger.balance(enterpriseId)).isEqualTo(expected).isEqualTo(sumOf(entries));
        assertThat(ledger.available(enterpriseId)).isEqualTo(expected);
        assertThat(entries.get(entries.size() - 1).balanceAfter()).isEqualTo(expected);
    }

    @Test
    void aZeroBalanceHoldsNothingForACall() {
        SliceReservation hold = ledger.reserve(enterpriseId, "call-broke", SLICE);

        assertThat(hold.granted()).isFalse();
        assertThat(ledger.available(enterpriseId)).isEqualTo(Money.ZERO);
        assertThat(ledger.entries(enterpriseId)).isEmpty();
    }

    @Test
    void hangingUpGivesBackTheUnusedPartOfEverySliceHeld() {
        ledger.credit(enterpriseId, Money.ofThousandths(1_000), LedgerEntryKind.RECHARGE, "pay-refund");
        ledger.reserve(enterpriseId, "call-long", SLICE);
        SliceReservation second = ledger.reserve(enterpriseId, "call-long", SLICE);
        assertThat(second.reservedForCall()).isEqualTo(Money.ofThousandths(576));
        assertThat(ledger.available(enterpriseId)).isEqualTo(Money.ofThousandths(424));

        Settlement settlement = ledger.settle(enterpriseId, "call-long", Money.ofThousandths(384));

        assertThat(settlement.released()).isEqualTo(Money.ofThousandths(192));
        assertThat(ledger.balance(enterpriseId)).isEqualTo(Money.ofThousandths(616));
        assertThat(ledger.available(enterpriseId)).isEqualTo(Money.ofThousandths(616));
    }

    @Test
    void aChargeBeyondTheHoldIsCappedSoTheBalanceNeverGoesNegative() {
        ledger.credit(enterpriseId, SLICE, LedgerEntryKind.RECHARGE, "pay-exact");
        ledger.reserve(enterpriseId, "call-over", SLICE);

        Settlement settlement = ledger.settle(enterpriseId, "call-over", Money.ofThousandths(5_000));

        assertThat(settlement.charged()).isEqualTo(SLICE);
        assertThat(ledger.balance(enterpriseId)).isEqualTo(Money.ZERO).isEqualTo(sumOf(ledger.entries(enterpriseId)));
    }

    @Test
    void aRepeatedPaymentNoticeCreditsOnce() {
        ledger.credit(enterpriseId, Money.ofThousandths(1_000), LedgerEntryKind.RECHARGE, "pay-repeated");
        ledger.credit(enterpriseId, Money.ofThousandths(1_000), LedgerEntryKind.RECHARGE, "pay-repeated");

        assertThat(ledger.entries(enterpriseId)).hasSize(1);
        assertThat(ledger.balance(enterpriseId)).isEqualTo(Money.ofThousandths(1_000));
    }

    private <T> List<T> allAtOnce(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = tasks.stream().map(task -> threads.submit(() -> {
            start.await();
            return task.call();
        })).toList();
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private static Money sumOf(List<LedgerEntry> entries) {
        return entries.stream().map(LedgerEntry::amount).reduce(Money.ZERO, Money::plus);
    }
}
