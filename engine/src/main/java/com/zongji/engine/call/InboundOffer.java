package com.zongji.engine.call;

/**
 * An incoming call from the trunk: the office number dialled and the caller's number, both as the
 * INVITE carried them (Request-URI user part, From / P-Asserted-Identity user part).
 */
public record InboundOffer(String officeNumber, String callerNumber) {
}
