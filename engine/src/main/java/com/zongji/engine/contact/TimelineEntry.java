package com.zongji.engine.contact;

import com.zongji.engine.call.CallDirection;
import com.zongji.engine.call.CallEnd;
import com.zongji.engine.call.CallRecord;
import com.zongji.engine.call.CallStatus;
import java.time.Instant;
import java.util.Map;

/**
 * One line of a customer's timeline: a call with them, or a note about them. The employee is the one who
 * talked (the caller of an outbound call, whoever took an inbound one) or wrote the note.
 *
 * @param callId the call itself, or the call a note is about (null for a note about none)
 * @param noteId null for a call
 */
public record TimelineEntry(Kind kind, Instant at, Long callId, CallDirection direction, CallStatus status,
        CallEnd endReason, int durationSeconds, Long employeeId, String employeeName, Long noteId, String text) {

    public enum Kind { CALL, NOTE }

    static TimelineEntry of(CallRecord call, Map<Long, String> employeeNames) {
        Long employeeId = call.getDirection() == CallDirection.INBOUND ? call.getCalleeEmployeeId() : call.getCallerEmployeeId();
        return new TimelineEntry(Kind.CALL, call.getStartedAt(), call.getId(), call.getDirection(), call.getStatus(),
                call.getEndReason(), call.getDurationSeconds(), employeeId, employeeNames.get(employeeId), null, null);
    }

    static TimelineEntry of(ContactNote note, Map<Long, String> employeeNames) {
        return new TimelineEntry(Kind.NOTE, note.getWrittenAt(), note.getCallId(), null, null, null, 0,
                note.getAuthorEmployeeId(), employeeNames.get(note.getAuthorEmployeeId()), note.getId(), note.getText());
    }
}
