package com.zongji.engine.contact;

import com.zongji.engine.call.CallDirection;
import com.zongji.engine.call.CallRecord;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The calls between an enterprise and one outside number: placed to it, or received from it. Calls store
 * that number in the form {@link ContactNumber} keeps, so equality finds them.
 */
public interface ContactCalls extends Repository<CallRecord, Long> {

    @Query("""
            select c from CallRecord c
            where c.enterpriseId = :enterpriseId
              and ((c.direction = com.zongji.engine.call.CallDirection.OUTBOUND and c.calleeNumber = :number)
                or (c.direction = com.zongji.engine.call.CallDirection.INBOUND and c.callerNumber = :number))
            order by c.startedAt desc, c.id desc""")
    List<CallRecord> withNumber(Long enterpriseId, String number);

    @Query("""
            select count(c) from CallRecord c
            where c.enterpriseId = :enterpriseId
              and ((c.direction = com.zongji.engine.call.CallDirection.OUTBOUND and c.calleeNumber = :number)
                or (c.direction = com.zongji.engine.call.CallDirection.INBOUND and c.callerNumber = :number))""")
    long countWithNumber(Long enterpriseId, String number);

    /** The outside party's number of a call: whom an employee called, or who called in. */
    static String outsideNumber(CallRecord call) {
        return call.getDirection() == CallDirection.INBOUND ? call.getCallerNumber() : call.getCalleeNumber();
    }
}
