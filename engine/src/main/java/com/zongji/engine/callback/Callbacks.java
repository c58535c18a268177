package com.zongji.engine.callback;

import com.zongji.engine.billing.PrepaidLedger;
import com.zongji.engine.call.CallBook;
import com.zongji.engine.call.CallDirection;
import com.zongji.engine.call.CallEnd;
import com.zongji.engine.call.CallLimits;
import com.zongji.engine.call.CallRecord;
import com.zongji.engine.call.CallSettings;
import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.call.CalleeNumber;
import com.zongji.engine.call.Dialling;
import com.zongji.engine.call.DisplayNumberPolicy;
import com.zongji.engine.call.LegADisplay;
import com.zongji.engine.call.LegFailure;
import com.zongji.engine.call.LegEvents;
import com.zongji.engine.call.LegRef;
import com.zongji.engine.call.LiveCalls;
import com.zongji.engine.call.MainlandNumber;
import com.zongji.engine.call.Telephony;
import com.zongji.engine.contact.ExternalContact;
import com.zongji.engine.contact.ExternalContactRepository;
import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.numbering.NumberStatus;
import com.zongji.engine.numbering.OfficeNumber;
import com.zongji.engine.numbering.OfficeNumberRepository;
import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import com.zongji.engine.permission.CallAttempt;
import com.zongji.engine.permission.CallPermissionPolicy;
import com.zongji.engine.permission.PermissionDecision;
import com.zongji.engine.permission.Quotas;
import java.time.Clock;
import java.util.NoSuchElementException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * Callback calls (third-party call control): the permission table decides, a first slice of balance is
 * held, the platform rings the employee's mobile (leg A) showing the number the display table picks;
 * when the employee answers it rings the callee (leg B) showing the office number, and connects the two.
 * Either side hanging up ends both. Leg A is free; the connected time is billed.
 */
@Service
@RequiredArgsConstructor
public class Callbacks implements LegEvents {

    private final EmployeeRepository employees;
    private final ExternalContactRepository contacts;
    private final EnterpriseRepository enterprises;
    private final OfficeNumberRepository officeNumbers;
    private final Quotas quotas;
    private final PrepaidLedger ledger;
    private final CallPermissionPolicy permissions;
    private final DisplayNumberPolicy display;
    private final CallBook book;
    private final CallLimits limits;
    private final LiveCalls live;
    private final Telephony telephony;
    private final CallSettings settings;
    private final Clock clock;

    /** Places the call, or refuses it with the table's reason; the returned record is already stored. */
    public CallRecord start(CallbackRequest request) {
        Employee caller = employees.findByIdAndEnterpriseId(request.employeeId(), request.enterpriseId())
                .filter(Employee::isActivated)
                .orElseThrow(() -> new NoSuchElementException("没有该员工 / no such employee " + request.employeeId()));
        Enterprise enterprise = enterprises.findById(request.enterpriseId()).orElseThrow();
        CallbackRequest.Resolved callee = resolve(request);
        PermissionDecision decision = permissions.decide(new CallAttempt(callee.international(), callee.identity(),
                enterprise.isRestrictToColleaguesAndContacts(), quotas.quotaOf(enterprise.getId(), caller.getId()).monthlyMinutes(),
                Math.toIntExact(quotas.usageThisMonth(caller.getId()).billedMinutes()), ledger.available(enterprise.getId()).thousandths()));
        if (!decision.allowed()) {
            throw new CallRefused(decision.reasonCode(), decision.message());
        }
        String office = officeNumbers.findFirstByEnterpriseIdAndStatus(enterprise.getId(), NumberStatus.ASSIGNED)
                .map(OfficeNumber::getNumber)
                .orElseThrow(() -> new CallRefused("NO_OFFICE_NUMBER", "企业尚未开通办公电话号码"));
        CallRecord call = book.open(CallRecord.outbound(enterprise.getId(), caller.getId(), caller.getMobile(), callee.number(),
                callee.employeeId(), callee.identity(), office, decision.pricePerMinute(), decision.allowedMinutes(),
                settings.nodeId(), clock.instant()).toContact(callee.contactId()));
        live.add(call.getId(), CallDirection.OUTBOUND);
        if (!limits.holdFirstSlice(call)) {
            live.remove(call.getId());
            book.close(call.getId(), CallEnd.NO_BALANCE);
            throw new CallRefused("INSUFFICIENT_BALANCE", "企业账户余额不足，请联系管理员充值");
        }
        LegADisplay legA = display.legA(caller.getMobile(), office);
        LegRef a = new LegRef(call.getId(), LegRef.A);
        book.legPlaced(a, caller.getMobile(), legA.number());
        telephony.dial(a, new Dialling(caller.getMobile(), legA.number(), settings.employeeRingTimeout()));
        return book.find(call.getId());
    }

    /** Ends the call at the employee's request, whatever state it is in. */
    public void hangUp(long callId) {
        live.run(callId, () -> end(callId, CallEnd.HUNG_UP));
    }

    @Override
    public void ringing(LegRef leg) {
        book.legRinging(leg);
    }

    @Override
    public void answered(LegRef leg) {
        book.legAnswered(leg);
        CallRecord call = book.find(leg.callId());
        if (LegRef.A.equals(leg.name())) {
            LegRef b = new LegRef(call.getId(), LegRef.B);
            String office = display.calleeSees(call.getOfficeNumber());
            book.legPlaced(b, call.getCalleeNumber(), office);
            telephony.dial(b, new Dialling(call.getCalleeNumber(), office, settings.calleeRingTimeout()));
            return;
        }
        LegRef a = new LegRef(call.getId(), LegRef.A);
        telephony.bridge(a, leg);
        book.bridged(call.getId());
        limits.watch(call.getId(), a, () -> end(call.getId(), CallEnd.CUT_AT_LIMIT));
    }

    @Override
    public void failed(LegRef leg, LegFailure failure) {
        book.legFailed(leg, failure);
        CallRecord call = book.find(leg.callId());
        if (LegRef.B.equals(leg.name()) && failure != LegFailure.TRUNK_FAILURE) {
            // Remembered so that, should the callee ring back, smart routing connects them to this employee.
            book.missed(call, call.getCallerEmployeeId(), call.getCalleeNumber());
        }
        end(call.getId(), CallEnd.ofFailedLeg(leg.name(), failure));
    }

    @Override
    public void hungUp(LegRef leg) {
        book.legEnded(leg);
        CallRecord call = book.find(leg.callId());
        boolean employeeLeftEarly = LegRef.A.equals(leg.name()) && call.getAnsweredAt() == null;
        end(call.getId(), employeeLeftEarly ? CallEnd.EMPLOYEE_HUNG_UP_EARLY : CallEnd.HUNG_UP);
    }

    /** Hangs up whatever is still up, then closes (rates, settles) the call. */
    private void end(long callId, CallEnd reason) {
        if (live.get(callId).isEmpty()) {
            return;
        }
        live.remove(callId);
        telephony.hangUp(new LegRef(callId, LegRef.A));
        telephony.hangUp(new LegRef(callId, LegRef.B));
        book.close(callId, reason);
    }

    private CallbackRequest.Resolved resolve(CallbackRequest request) {
        long enterpriseId = request.enterpriseId();
        if (request.colleagueId() != null) {
            Employee colleague = employees.findByIdAndEnterpriseId(request.colleagueId(), enterpriseId)
                    .orElseThrow(() -> new NoSuchElementException("没有该同事 / no such colleague " + request.colleagueId()));
            return resolved(colleague.getMobile(), CalleeIdentity.COLLEAGUE, colleague.getId(), null);
        }
        if (request.contactId() != null) {
            ExternalContact contact = contacts.findById(request.contactId())
                    .filter(c -> c.getEnterpriseId() == enterpriseId)
                    .orElseThrow(() -> new NoSuchElementException("没有该外部联系人 / no such contact " + request.contactId()));
            return resolved(contact.getNumber(), CalleeIdentity.EXTERNAL_CONTACT, null, contact.getId());
        }
        String national = national(request.number());
        return employees.findByEnterpriseIdOrderById(enterpriseId).stream()
                .filter(e -> national.equals(national(e.getMobile())))
                .findFirst()
                .map(e -> resolved(e.getMobile(), CalleeIdentity.COLLEAGUE, e.getId(), null))
                .orElseGet(() -> contacts.findByEnterpriseIdOrderById(enterpriseId).stream()
                        .filter(c -> national.equals(national(c.getNumber())))
                        .findFirst()
                        .map(c -> resolved(c.getNumber(), CalleeIdentity.EXTERNAL_CONTACT, null, c.getId()))
                        .orElseGet(() -> resolved(request.number(), CalleeIdentity.OTHER, null, null)));
    }

    private static CallbackRequest.Resolved resolved(String number, CalleeIdentity identity, Long employeeId, Long contactId) {
        return new CallbackRequest.Resolved(national(number), CalleeNumber.dialled(number), identity, employeeId, contactId);
    }

    /** The number as leg B dials it: national form for mainland numbers, the digits otherwise. */
    static String national(String number) {
        return MainlandNumber.read(number).map(MainlandNumber::national)
                .orElseGet(() -> CalleeNumber.dialled(number).international());
    }
}
