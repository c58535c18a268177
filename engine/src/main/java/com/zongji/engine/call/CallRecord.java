package com.zongji.engine.call;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * The record of one call (the CDR once it has ended): who called whom, when, for how long,
 * what it cost and how the employee marked it. While the call is live it also names the node holding
 * its dialogs and when that node last saw it alive, so another node can close it should that one die.
 */
@Entity
@Table(name = "call_record")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CallRecord {

    private static final long SECONDS_PER_MINUTE = 60;
    private static final int MAX_NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;

    @Enumerated(EnumType.STRING)
    private CallDirection direction;

    @Enumerated(EnumType.STRING)
    private CallStatus status;

    @Enumerated(EnumType.STRING)
    private CallEnd endReason;

    private Long callerEmployeeId;
    private String callerNumber;
    private Long calleeEmployeeId;
    /** The external contact called, when the callee is one: the CDR shows its name and company. */
    private Long calleeContactId;
    private String calleeNumber;
    private String officeNumber;

    @Enumerated(EnumType.STRING)
    private CalleeIdentity calleeIdentity;

    private Instant startedAt;
    /** When the two phones were connected: the start of the billed time. */
    private Instant answeredAt;
    private Instant endedAt;
    private int durationSeconds;
    private int billedMinutes;
    private long costThousandths;
    private long pricePerMinuteThousandths;
    /** How long (whole minutes) the call may stay connected before it is cut; null when not limited. */
    private Long allowedMinutes;
    private boolean personal;
    private String note;
    private String nodeId;
    private Instant lastSeenAt;

    public CallRecord(Long enterpriseId, CallDirection direction, String callerNumber, String calleeNumber, Instant startedAt) {
        this.enterpriseId = enterpriseId;
        this.direction = direction;
        this.callerNumber = callerNumber;
        this.calleeNumber = calleeNumber;
        this.startedAt = startedAt;
        this.lastSeenAt = startedAt;
        this.status = CallStatus.SETTING_UP;
    }

    /** An employee's callback call to a callee (a colleague's employee id, or null). */
    public static CallRecord outbound(long enterpriseId, long employeeId, String employeeMobile, String calleeNumber,
            Long calleeEmployeeId, CalleeIdentity calleeIdentity, String officeNumber, long pricePerMinute,
            long allowedMinutes, String nodeId, Instant at) {
        CallRecord call = new CallRecord(enterpriseId, CallDirection.OUTBOUND, employeeMobile, calleeNumber, at);
        call.callerEmployeeId = employeeId;
        call.calleeEmployeeId = calleeEmployeeId;
        call.calleeIdentity = calleeIdentity;
        call.officeNumber = officeNumber;
        call.pricePerMinuteThousandths = pricePerMinute;
        call.allowedMinutes = allowedMinutes;
        call.nodeId = nodeId;
        return call;
    }

    /** The external contact the call is for; null when the callee is not one. */
    public CallRecord toContact(Long contactId) {
        calleeContactId = contactId;
        return this;
    }

    public static CallRecord inbound(long enterpriseId, String callerNumber, String officeNumber, String nodeId, Instant at) {
        CallRecord call = new CallRecord(enterpriseId, CallDirection.INBOUND, callerNumber, officeNumber, at);
        call.officeNumber = officeNumber;
        call.calleeIdentity = CalleeIdentity.COLLEAGUE;
        call.nodeId = nodeId;
        return call;
    }

    void inFlow() {
        status = CallStatus.IN_FLOW;
    }

    /** An inbound call put through to an employee, priced by the tariff for that employee's mobile. */
    void forwardingTo(long employeeId, long pricePerMinute) {
        calleeEmployeeId = employeeId;
        pricePerMinuteThousandths = pricePerMinute;
    }

    void limitTo(long minutes) {
        allowedMinutes = allowedMinutes == null ? minutes : Math.min(allowedMinutes, minutes);
    }

    void bridged(Instant at) {
        status = CallStatus.BRIDGED;
        answeredAt = at;
        lastSeenAt = at;
    }

    void seen(Instant at) {
        lastSeenAt = at;
    }

    /**
     * Ends the call and rates it: its connected time in minutes, rounded as the tariff says (UP: every
     * started minute is billed), at the call's price.
     */
    void end(CallEnd reason, Instant at, RoundingMode minuteRounding) {
        status = reason.status();
        endReason = reason;
        endedAt = at;
        lastSeenAt = at;
        long connected = answeredAt == null ? 0 : Math.max(0, Duration.between(answeredAt, at).toSeconds());
        if (allowedMinutes != null) {
            // The cut takes a moment to travel; the seconds after the limit are not the caller's to pay.
            connected = Math.min(connected, allowedMinutes * SECONDS_PER_MINUTE);
        }
        durationSeconds = Math.toIntExact(connected);
        billedMinutes = BigDecimal.valueOf(connected).divide(BigDecimal.valueOf(SECONDS_PER_MINUTE), 0, minuteRounding).intValueExact();
        costThousandths = Math.multiplyExact(billedMinutes, pricePerMinuteThousandths);
    }

    /** The ledger charged less than the rating (the hold capped it): the CDR shows what was charged. */
    void chargedAtMost(long charged) {
        if (charged < costThousandths) {
            costThousandths = charged;
            billedMinutes = pricePerMinuteThousandths == 0 ? 0 : Math.toIntExact(charged / pricePerMinuteThousandths);
        }
    }

    /** The employee's own marks on an ended call: personal (非公事) or not, and a free note (blank: none). */
    public void mark(boolean personal, String note) {
        if (isOpen()) {
            throw new IllegalArgumentException("通话结束后才能标记 / a call can be marked once it has ended");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("备注最多 " + MAX_NOTE_LENGTH + " 字 / a note has at most " + MAX_NOTE_LENGTH + " characters");
        }
        this.personal = personal;
        this.note = text;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /** The prepaid ledger's reference for this call's hold and charge. */
    public String ledgerReference() {
        return reference(id);
    }

    static String reference(long callId) {
        return "call-" + callId;
    }
}
