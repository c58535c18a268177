package com.zongji.adapters.sip;

import java.util.List;

/**
 * The final response a request deserves.
 *
 * @param reason a reason phrase to use instead of the standard one, or null
 * @param listsAllowedMethods whether to add an Allow header
 * @param retryAfterSeconds a Retry-After to add, or 0 for none
 * @param stateless sent without a server transaction: for turning a flood away, where keeping a transaction
 *     per rejected INVITE would cost what the rejection is meant to save
 * @param unsupported option tags to list in an Unsupported header (420), else empty
 */
record Reply(int status, String reason, boolean listsAllowedMethods, int retryAfterSeconds, boolean stateless,
        List<String> unsupported) {

    static Reply of(int status) {
        return new Reply(status, null, false, 0, false, List.of());
    }

    static Reply because(int status, String reason) {
        return new Reply(status, reason, false, 0, false, List.of());
    }

    static Reply withAllowedMethods(int status) {
        return new Reply(status, null, true, 0, false, List.of());
    }

    /** 503 for a node that takes no more calls for now. */
    static Reply overloaded(int retryAfterSeconds) {
        return new Reply(503, null, false, retryAfterSeconds, true, List.of());
    }

    /** 420: the request requires extensions the engine does not support. */
    static Reply badExtension(List<String> optionTags) {
        return new Reply(420, null, false, 0, false, List.copyOf(optionTags));
    }
}
