package com.zongji.engine.billing;

/** A settled call: what was held for it, what it was charged; the rest went back to the available balance. */
public record Settlement(Money reserved, Money charged) {

    public Money released() {
        return reserved.minus(charged);
    }
}
