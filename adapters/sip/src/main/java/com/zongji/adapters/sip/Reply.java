package com.zongji.adapters.sip;

/**
 * The final response a request deserves.
 *
 * @param reason a reason phrase to use instead of the standard one, or null
 * @param listsAllowedMethods whether to add an Allow header
 */
record Reply(int status, String reason, boolean listsAllowedMethods) {

    static Reply of(int status) {
        return new Reply(status, null, false);
    }

    static Reply because(int status, String reason) {
        return new Reply(status, reason, false);
    }

    static Reply withAllowedMethods(int status) {
        return new Reply(status, null, true);
    }
}
