package com.zongji.engine.call;

/** An inbound call the engine has answered, as its flow starts. Numbers in national form. */
public record InboundCallStarted(long callId, long enterpriseId, String callerNumber, String officeNumber) {
}
