package com.zongji.engine.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** An enterprise's prepaid balance; calls are paid from it. */
@Entity
@Table(name = "prepaid_account")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PrepaidAccount {

    @Id
    private Long enterpriseId;

    private long balanceThousandths;

    @Version
    private long version;

    public PrepaidAccount(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public Money balance() {
        return Money.ofThousandths(balanceThousandths);
    }

    /** Only {@link PrepaidLedger} moves the balance, with the ledger entry that explains the move. */
    Money post(Money amount) {
        balanceThousandths = Math.addExact(balanceThousandths, amount.thousandths());
        return balance();
    }
}
