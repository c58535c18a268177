package com.zongji.engine.numbering;

/** The number cannot be (or no longer is) this enterprise's: another enterprise holds it, or the hold lapsed. */
public class NumberUnavailable extends IllegalStateException {

    public NumberUnavailable(String message) {
        super(message);
    }

    static NumberUnavailable taken(String number) {
        return new NumberUnavailable("号码 " + number + " 刚被其他企业选走或预留,请另选一个 (number " + number + " is taken)");
    }

    static NumberUnavailable lapsed(String number) {
        return new NumberUnavailable("号码 " + number + " 的预留已过期或不属于本企业,请重新选号 (reservation of "
                + number + " lapsed or is not yours)");
    }
}
