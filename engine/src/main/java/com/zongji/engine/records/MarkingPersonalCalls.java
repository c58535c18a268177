package com.zongji.engine.records;

import com.zongji.engine.call.CallRecord;
import com.zongji.engine.call.CallRecordRepository;
import java.util.NoSuchElementException;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employee marks one of their own ended calls personal (非公事) and notes something on it. Anyone
 * else's call, in this enterprise or another, is not found: a call's existence is not theirs to learn.
 */
@Service
@RequiredArgsConstructor
public class MarkingPersonalCalls {

    private final CallRecordRepository calls;
    private final CdrReports reports;

    @Transactional
    public CdrRow mark(long enterpriseId, long employeeId, long callId, boolean personal, String note) {
        CallRecord call = calls.findById(callId)
                .filter(c -> c.getEnterpriseId() == enterpriseId)
                .filter(c -> Objects.equals(employeeOf(c), employeeId))
                .orElseThrow(() -> new NoSuchElementException("没有通话 " + callId + " (no such call)"));
        call.mark(personal, note);
        calls.flush();
        return reports.row(enterpriseId, callId).orElseThrow();
    }

    /** Whose call it is: the caller of an outbound call, the employee an inbound call was put through to. */
    static Long employeeOf(CallRecord call) {
        return call.getCallerEmployeeId() != null ? call.getCallerEmployeeId() : call.getCalleeEmployeeId();
    }
}
