package com.zongji.engine.billing;

/** Why an enterprise's balance moved; credits add money, a call charge takes it. */
public enum LedgerEntryKind {
    RECHARGE(true),
    BONUS(true),
    ADJUSTMENT(true),
    CALL_CHARGE(false);

    private final boolean credit;

    LedgerEntryKind(boolean credit) {
        this.credit = credit;
    }

    public boolean isCredit() {
        return credit;
    }
}
