package com.zongji.adapters.web.contact;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.access.Role;
import com.zongji.engine.contact.CallNotes;
import com.zongji.engine.contact.ContactChangeRefused;
import com.zongji.engine.contact.ContactConflict;
import com.zongji.engine.contact.ContactEditor;
import com.zongji.engine.contact.ContactNote;
import com.zongji.engine.contact.CustomerTimelines;
import com.zongji.engine.contact.ExternalContact;
import com.zongji.engine.contact.ExternalContacts;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An enterprise's external contacts, shared by all its employees: saved from a number or a call, edited,
 * handed to an account manager, annotated after calls, and followed on a timeline. Another enterprise's
 * contact answers 404, like a missing one.
 */
@RestController
@RequestMapping("/api/contacts")
@RequiredArgsConstructor
@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN', 'EMPLOYEE')")
class ContactController {

    record ContactView(Long id, String name, String company, String number, Long accountManagerId) {

        static ContactView of(ExternalContact contact) {
            return new ContactView(contact.getId(), contact.getName(), contact.getCompany(), contact.getNumber(),
                    contact.getAccountManagerId());
        }
    }

    record NewContact(String name, String company, String number, Long accountManagerId) {
    }

    record ContactFromCall(String name, String company) {
    }

    record ContactDetails(String name, String company) {
    }

    record AccountManager(Long employeeId) {
    }

    record NewNote(Long callId, String text) {
    }

    record NoteView(Long id, Long contactId, Long callId, Long authorEmployeeId, String text, Instant writtenAt) {

        static NoteView of(ContactNote note) {
            return new NoteView(note.getId(), note.getContactId(), note.getCallId(), note.getAuthorEmployeeId(), note.getText(),
                    note.getWrittenAt());
        }
    }

    private final ExternalContacts contacts;
    private final CallNotes notes;
    private final CustomerTimelines timelines;

    @GetMapping
    List<ContactView> contacts(@AuthenticationPrincipal SignedInUser user) {
        return contacts.of(user.tenant()).stream().map(ContactView::of).toList();
    }

    @GetMapping("/{id}")
    ContactView contact(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return ContactView.of(contacts.find(user.tenant(), id));
    }

    @PostMapping
    ResponseEntity<ContactView> save(@AuthenticationPrincipal SignedInUser user, @RequestBody NewContact request) {
        return created(contacts.save(editor(user), request.name(), request.company(), request.number(), request.accountManagerId()));
    }

    @PostMapping("/from-call/{callId}")
    ResponseEntity<ContactView> saveFromCall(@AuthenticationPrincipal SignedInUser user, @PathVariable long callId,
            @RequestBody ContactFromCall request) {
        return created(contacts.saveFromCall(editor(user), callId, request.name(), request.company()));
    }

    @PutMapping("/{id}")
    ContactView edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody ContactDetails request) {
        return ContactView.of(contacts.edit(editor(user), id, request.name(), request.company()));
    }

    @PutMapping("/{id}/account-manager")
    ContactView assignAccountManager(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody AccountManager request) {
        return ContactView.of(contacts.assignAccountManager(editor(user), id, request.employeeId()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        contacts.delete(editor(user), id);
    }

    @PostMapping("/{id}/notes")
    @PreAuthorize("hasRole('EMPLOYEE')")
    ResponseEntity<NoteView> writeNote(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody NewNote request) {
        ContactNote note = notes.write(editor(user), id, request.callId(), request.text());
        return ResponseEntity.created(URI.create("/api/contacts/" + id + "/timeline")).body(NoteView.of(note));
    }

    @GetMapping("/{id}/timeline")
    TimelineView timeline(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return TimelineView.of(timelines.of(user.tenant(), id));
    }

    @ExceptionHandler(ContactConflict.class)
    ProblemDetail conflict(ContactConflict conflict) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
    }

    @ExceptionHandler(ContactChangeRefused.class)
    ProblemDetail refused(ContactChangeRefused refusal) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refusal.getMessage());
    }

    private static ContactEditor editor(SignedInUser user) {
        return new ContactEditor(user.tenant(), user.employeeId(), user.role() == Role.ENTERPRISE_ADMIN);
    }

    private static ResponseEntity<ContactView> created(ExternalContact contact) {
        return ResponseEntity.created(URI.create("/api/contacts/" + contact.getId())).body(ContactView.of(contact));
    }
}
