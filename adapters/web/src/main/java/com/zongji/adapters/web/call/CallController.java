package com.zongji.adapters.web.call;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.access.Role;
import com.zongji.engine.call.CallBook;
import com.zongji.engine.call.CallRecord;
import com.zongji.engine.call.CallRecordRepository;
import com.zongji.engine.callback.CallRefused;
import com.zongji.engine.callback.CallbackRequest;
import com.zongji.engine.callback.Callbacks;
import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Callback calls: an employee starts one, follows it (state and legs, or the event stream), ends it.
 * Employees see their own calls; an enterprise admin sees all of the enterprise's.
 */
@RestController
@RequestMapping("/api/calls")
@RequiredArgsConstructor
@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN', 'EMPLOYEE')")
class CallController {

    /** Exactly one of a number as dialled, a colleague's employee id or an external contact's id. */
    record CallRequest(String number, Long colleagueId, Long contactId) {
    }

    private final Callbacks callbacks;
    private final CallBook book;
    private final CallRecordRepository records;
    private final CallEventStream stream;
    private final CallAdmission admission;

    @PostMapping
    ResponseEntity<CallView> start(@AuthenticationPrincipal SignedInUser user, @RequestBody CallRequest request) {
        if (user.employeeId() == null) {
            throw new IllegalArgumentException("只有员工账号可以发起通话 / only an employee's login can place calls");
        }
        CallRecord call = admission.place(() -> callbacks.start(new CallbackRequest(user.tenant(), user.employeeId(),
                request.number(), request.colleagueId(), request.contactId())));
        return ResponseEntity.created(URI.create("/api/calls/" + call.getId())).body(CallView.of(call, book.legsOf(call.getId())));
    }

    @GetMapping
    List<CallView> calls(@AuthenticationPrincipal SignedInUser user) {
        List<CallRecord> visible = user.role() == Role.ENTERPRISE_ADMIN
                ? records.findByEnterpriseIdOrderByStartedAtDesc(user.tenant())
                : records.findByEnterpriseIdAndCallerEmployeeIdOrderByStartedAtDesc(user.tenant(), user.employeeId());
        return visible.stream().limit(200).map(call -> CallView.of(call, List.of())).toList();
    }

    @GetMapping("/{id}")
    CallView call(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return CallView.of(visible(user, id), book.legsOf(id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void hangUp(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        callbacks.hangUp(visible(user, id).getId());
    }

    /** Server-sent events: one {@code call} event per change of a call this user may see. */
    @GetMapping("/events")
    SseEmitter events(@AuthenticationPrincipal SignedInUser user) {
        return stream.subscribe(user.tenant(), user.role() == Role.ENTERPRISE_ADMIN ? null : user.employeeId());
    }

    @ExceptionHandler(CallRefused.class)
    ProblemDetail refused(CallRefused refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, refusal.getMessage());
        problem.setProperty("reasonCode", refusal.reasonCode());
        return problem;
    }

    @ExceptionHandler(CallAdmission.NodeBusy.class)
    ResponseEntity<ProblemDetail> busy(CallAdmission.NodeBusy busy) {
        long seconds = busy.retryAfterSeconds();
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        "系统繁忙，请 " + seconds + " 秒后重试 / the node is busy placing calls, try again in " + seconds + " s"));
    }

    private CallRecord visible(SignedInUser user, long id) {
        return records.findById(id)
                .filter(call -> call.getEnterpriseId() == user.tenant())
                .filter(call -> user.role() == Role.ENTERPRISE_ADMIN
                        || Objects.equals(call.getCallerEmployeeId(), user.employeeId())
                        || Objects.equals(call.getCalleeEmployeeId(), user.employeeId()))
                .orElseThrow(() -> new NoSuchElementException("没有通话 " + id + " (no such call)"));
    }
}
