package com.zongji.engine.contact;

import com.zongji.engine.call.CallRecordRepository;
import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Employees write down what they agreed with a customer after a call; the author and time are kept. */
@Service
@RequiredArgsConstructor
@Transactional
public class CallNotes {

    private final ExternalContacts contacts;
    private final ContactNoteRepository notes;
    private final CallRecordRepository calls;
    private final Clock clock;

    /** A note about one call names a call of the enterprise with the contact's number; callId may be null. */
    public ContactNote write(ContactEditor editor, long contactId, Long callId, String text) {
        ExternalContact contact = contacts.find(editor.enterpriseId(), contactId);
        if (editor.employeeId() == null) {
            throw new ContactChangeRefused("只有员工可以写通话备注 / only employees write call notes");
        }
        if (callId != null) {
            calls.findById(callId)
                    .filter(call -> call.getEnterpriseId().equals(contact.getEnterpriseId()))
                    .filter(call -> contact.getNumber().equals(ContactCalls.outsideNumber(call)))
                    .orElseThrow(() -> new IllegalArgumentException("通话 " + callId + " 不是与联系人「" + contact.getName()
                            + "」的通话 / not a call with this contact"));
        }
        return notes.save(new ContactNote(contact, callId, editor.employeeId(), text, clock.instant()));
    }
}
