package com.zongji.adapters.web.call;

import com.zongji.engine.call.CallDirection;
import com.zongji.engine.call.CallEnd;
import com.zongji.engine.call.CallLeg;
import com.zongji.engine.call.CallRecord;
import com.zongji.engine.call.CallStatus;
import com.zongji.engine.call.LegFailure;
import com.zongji.engine.call.LegState;
import java.time.Instant;
import java.util.List;

/** A call as the API shows it: its state, its legs, and once ended its duration and cost. */
record CallView(long id, CallDirection direction, CallStatus status, CallEnd endReason, String callerNumber,
        String calleeNumber, String officeNumber, Instant startedAt, Instant answeredAt, Instant endedAt,
        int durationSeconds, int billedMinutes, long costThousandths, Long allowedMinutes, List<LegView> legs) {

    record LegView(String name, String number, String shows, LegState state, LegFailure failure, Instant answeredAt,
            Instant endedAt) {
    }

    static CallView of(CallRecord call, List<CallLeg> legs) {
        return new CallView(call.getId(), call.getDirection(), call.getStatus(), call.getEndReason(), call.getCallerNumber(),
                call.getCalleeNumber(), call.getOfficeNumber(), call.getStartedAt(), call.getAnsweredAt(), call.getEndedAt(),
                call.getDurationSeconds(), call.getBilledMinutes(), call.getCostThousandths(), call.getAllowedMinutes(),
                legs.stream().map(leg -> new LegView(leg.getName(), leg.getNumber(), leg.getShows(), leg.getState(),
                        leg.getFailure(), leg.getAnsweredAt(), leg.getEndedAt())).toList());
    }
}
