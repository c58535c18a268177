package com.zongji.engine.inbound;

import com.zongji.engine.call.AfterCommit;
import com.zongji.engine.call.CallBook;
import com.zongji.engine.call.CallDirection;
import com.zongji.engine.call.CallEnd;
import com.zongji.engine.call.CallLimits;
import com.zongji.engine.call.CallRecord;
import com.zongji.engine.call.CallSettings;
import com.zongji.engine.call.CalleeNumber;
import com.zongji.engine.call.DigitCollection;
import com.zongji.engine.call.Dialling;
import com.zongji.engine.call.InboundAdmission;
import com.zongji.engine.call.InboundCallFlow;
import com.zongji.engine.call.InboundCallStarted;
import com.zongji.engine.call.InboundCallSteps;
import com.zongji.engine.call.InboundOffer;
import com.zongji.engine.call.LegEvents;
import com.zongji.engine.call.LegFailure;
import com.zongji.engine.call.LegRef;
import com.zongji.engine.call.LiveCalls;
import com.zongji.engine.call.MainlandNumber;
import com.zongji.engine.call.MissedCallRepository;
import com.zongji.engine.call.Prompt;
import com.zongji.engine.call.SmartRoute;
import com.zongji.engine.call.Telephony;
import com.zongji.engine.contact.ExternalContactRepository;
import com.zongji.engine.enterprise.Enterprise;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.numbering.NumberStatus;
import com.zongji.engine.numbering.OfficeNumberRepository;
import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import com.zongji.engine.permission.CallPermissionPolicy;
import com.zongji.engine.servicewindow.ServiceWindows;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Inbound calls to an office number: admitted and answered by the engine, then run by the inbound-call
 * flow (the BPMN), for which this is the set of steps. Ringing an employee places a leg to the employee's
 * mobile through the trunk; when it answers the caller is connected and the connected time is billed to
 * the enterprise, held slice by slice like any call.
 */
@Service
@RequiredArgsConstructor
public class InboundCalls implements InboundCallSteps, LegEvents {

    private static final int SHORTEST_EXTENSION = 3;
    private static final String ANONYMOUS = "anonymous";

    private final OfficeNumberRepository officeNumbers;
    private final EnterpriseRepository enterprises;
    private final EmployeeRepository employees;
    private final ExternalContactRepository contacts;
    private final MissedCallRepository missedCalls;
    private final ServiceWindows serviceWindows;
    private final CallPermissionPolicy permissions;
    private final CallBook book;
    private final CallLimits limits;
    private final LiveCalls live;
    private final Telephony telephony;
    private final ObjectProvider<InboundCallFlow> flow;
    private final CallSettings settings;
    private final Clock clock;

    /** Takes a call to an assigned office number; anything else is not ours (404). */
    public InboundAdmission admit(InboundOffer offer) {
        String office = national(offer.officeNumber());
        Optional<Long> enterprise = officeNumbers.findById(office)
                .filter(number -> number.getStatus() == NumberStatus.ASSIGNED)
                .map(number -> number.getEnterpriseId());
        if (enterprise.isEmpty()) {
            return InboundAdmission.refused(404, "Not a served number");
        }
        CallRecord call = book.open(CallRecord.inbound(enterprise.get(), callerShown(offer.callerNumber()), office,
                settings.nodeId(), clock.instant()));
        live.add(call.getId(), CallDirection.INBOUND);
        return InboundAdmission.admitted(new LegRef(call.getId(), LegRef.CALLER));
    }

    /** The signalling layer holds the caller's leg: answer it and start the flow. */
    @Override
    public void ringing(LegRef leg) {
        if (LegRef.CALLER.equals(leg.name())) {
            CallRecord call = book.find(leg.callId());
            telephony.answer(leg);
            book.callerAnswered(leg, call.getCallerNumber());
            flow.getObject().start(new InboundCallStarted(call.getId(), call.getEnterpriseId(), call.getCallerNumber(),
                    call.getOfficeNumber()));
        } else {
            book.legRinging(leg);
        }
    }

    @Override
    public void answered(LegRef leg) {
        book.legAnswered(leg);
        live.get(leg.callId()).ifPresent(state -> {
            state.ringing = null;
            state.connected = leg;
        });
        telephony.bridge(caller(leg.callId()), leg);
        book.bridged(leg.callId());
        limits.watch(leg.callId(), leg, () -> end(leg.callId(), CallEnd.CUT_AT_LIMIT));
        flow.getObject().ringAnswered(leg.callId());
    }

    @Override
    public void failed(LegRef leg, LegFailure failure) {
        book.legFailed(leg, failure);
        live.get(leg.callId()).ifPresent(state -> state.ringing = null);
        flow.getObject().ringFailed(leg.callId(), failure);
    }

    @Override
    public void hungUp(LegRef leg) {
        book.legEnded(leg);
        boolean connected = live.get(leg.callId()).map(state -> state.connected != null).orElse(false);
        if (LegRef.CALLER.equals(leg.name())) {
            end(leg.callId(), connected ? CallEnd.HUNG_UP : CallEnd.CALLER_HUNG_UP);
        } else if (connected) {
            end(leg.callId(), CallEnd.HUNG_UP);
        }
    }

    @Override
    public void promptFinished(LegRef leg, Prompt prompt) {
        flow.getObject().promptFinished(leg.callId());
    }

    @Override
    public void digitsCollected(LegRef leg, String digits) {
        flow.getObject().digitsCollected(leg.callId(), digits);
    }

    @Override
    public boolean inServiceHours(long callId) {
        return serviceWindows.isOpen(book.find(callId).getEnterpriseId(), clock.instant()).open();
    }

    @Override
    public Optional<SmartRoute> smartRoute(long callId, Duration callbackWindow) {
        CallRecord call = book.find(callId);
        long enterpriseId = call.getEnterpriseId();
        String caller = call.getCallerNumber();
        Optional<SmartRoute> callback = missedCalls
                .findFirstByEnterpriseIdAndNumberAndDirectionAndMissedAtAfterOrderByMissedAtDesc(
                        enterpriseId, caller, CallDirection.OUTBOUND, clock.instant().minus(callbackWindow))
                .flatMap(missed -> activated(enterpriseId, missed.getEmployeeId()).map(employee -> new SmartRoute(
                        SmartRoute.Kind.MISSED_CALL_CALLBACK, employee.getId(), employee.getName(),
                        Duration.between(missed.getMissedAt(), clock.instant()).toMinutes())));
        if (callback.isPresent()) {
            return callback;
        }
        // Contacts' numbers are stored in the form callers are recorded in (ContactNumber), one contact per number.
        return contacts.findByEnterpriseIdAndNumber(enterpriseId, caller)
                .filter(contact -> contact.getAccountManagerId() != null)
                .flatMap(contact -> activated(enterpriseId, contact.getAccountManagerId()))
                .map(manager -> new SmartRoute(SmartRoute.Kind.ACCOUNT_MANAGER, manager.getId(), manager.getName(), 0));
    }

    @Override
    public void say(long callId, Prompt prompt) {
        LegRef caller = caller(callId);
        AfterCommit.run(() -> telephony.play(caller, prompt));
    }

    @Override
    public void collectDigits(long callId, DigitCollection collection) {
        LegRef caller = caller(callId);
        AfterCommit.run(() -> telephony.collectDigits(caller, collection));
    }

    @Override
    public int extensionLength(long callId) {
        return employees.longestExtension(book.find(callId).getEnterpriseId()).orElse(SHORTEST_EXTENSION);
    }

    @Override
    public Optional<Long> employeeByExtension(long callId, String extension) {
        return employees.findByEnterpriseIdAndExtension(book.find(callId).getEnterpriseId(), extension)
                .filter(Employee::isActivated)
                .map(Employee::getId);
    }

    @Override
    public Optional<Long> manualServicePerson(long callId) {
        return enterprises.findById(book.find(callId).getEnterpriseId()).map(Enterprise::getManualServiceEmployeeId);
    }

    @Override
    public void ring(long callId, long employeeId, Duration ringTimeout) {
        CallRecord call = book.find(callId);
        Optional<LiveCalls.LiveCall> state = live.get(callId);
        Optional<Employee> employee = activated(call.getEnterpriseId(), employeeId);
        OptionalLong price = employee.map(e -> permissions.pricePerMinute(CalleeNumber.dialled(e.getMobile())))
                .orElse(OptionalLong.empty());
        if (state.isEmpty() || employee.isEmpty() || price.isEmpty()) {
            reportRingFailed(callId, LegFailure.REJECTED);
            return;
        }
        book.forwardingTo(callId, employeeId, price.getAsLong());
        if (!limits.holdFirstSlice(book.find(callId))) {
            reportRingFailed(callId, LegFailure.REJECTED);
            return;
        }
        LegRef leg = LegRef.ring(callId, ++state.get().ringAttempts);
        state.get().ringing = leg;
        String mobile = employee.get().getMobile();
        book.legPlaced(leg, mobile, call.getCallerNumber());
        AfterCommit.run(() -> telephony.dial(leg, new Dialling(mobile, call.getCallerNumber(), ringTimeout)));
    }

    @Override
    public void recordMissed(long callId, long employeeId) {
        CallRecord call = book.find(callId);
        book.missed(call, employeeId, call.getCallerNumber());
    }

    @Override
    public void hangUp(long callId) {
        AfterCommit.run(() -> live.run(callId, () -> end(callId, CallEnd.FLOW_ENDED)));
    }

    /** Hangs up every leg, closes (rates, settles) the call, then tells the flow. */
    private void end(long callId, CallEnd reason) {
        Optional<LiveCalls.LiveCall> state = live.get(callId);
        if (state.isEmpty()) {
            return;
        }
        live.remove(callId);
        telephony.hangUp(caller(callId));
        if (state.get().ringing != null) {
            telephony.hangUp(state.get().ringing);
        }
        if (state.get().connected != null) {
            telephony.hangUp(state.get().connected);
        }
        book.close(callId, reason);
        flow.getObject().callEnded(callId);
    }

    /** The flow learns of the failure as of any ring outcome: after its transaction, on the call's worker. */
    private void reportRingFailed(long callId, LegFailure failure) {
        AfterCommit.run(() -> live.run(callId, () -> flow.getObject().ringFailed(callId, failure)));
    }

    private Optional<Employee> activated(long enterpriseId, long employeeId) {
        return employees.findByIdAndEnterpriseId(employeeId, enterpriseId).filter(Employee::isActivated);
    }

    private static LegRef caller(long callId) {
        return new LegRef(callId, LegRef.CALLER);
    }

    /**
     * The caller as its record shows it: the national form of a telephone number; anything else (a SIP user
     * name, a withheld number's placeholder) as sent, and {@value #ANONYMOUS} when nothing was sent. Such a
     * caller is still served; it just matches no contact and no missed call.
     */
    private static String callerShown(String sent) {
        if (sent.isBlank()) {
            return ANONYMOUS;
        }
        try {
            return national(sent);
        } catch (IllegalArgumentException notATelephoneNumber) {
            return sent;
        }
    }

    private static String national(String number) {
        return MainlandNumber.read(number).map(MainlandNumber::national).orElse(number);
    }
}
