package com.zongji.engine.contact;

import com.zongji.engine.call.CallRecord;
import com.zongji.engine.call.CallRecordRepository;
import com.zongji.engine.call.MainlandNumber;
import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enterprise's external contacts: saved from a dialled number or a call, renamed, handed to an
 * account manager, removed while nothing was written about them. Each enterprise sees only its own;
 * a contact of another enterprise is reported missing, exactly like one that does not exist.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class ExternalContacts {

    private final ExternalContactRepository contacts;
    private final ContactNoteRepository notes;
    private final EmployeeRepository employees;
    private final CallRecordRepository calls;
    private final ContactCalls history;

    @Transactional(readOnly = true)
    public List<ExternalContact> of(long enterpriseId) {
        return contacts.findByEnterpriseIdOrderById(enterpriseId);
    }

    @Transactional(readOnly = true)
    public ExternalContact find(long enterpriseId, long contactId) {
        return contacts.findByIdAndEnterpriseId(contactId, enterpriseId)
                .orElseThrow(() -> new NoSuchElementException("没有该外部联系人 / no such contact " + contactId));
    }

    public ExternalContact save(ContactEditor editor, String name, String company, String number, Long accountManagerId) {
        ContactNumber contactNumber = ContactNumber.written(number);
        long enterpriseId = editor.enterpriseId();
        refuseColleaguesMobile(enterpriseId, contactNumber);
        contacts.findByEnterpriseIdAndNumber(enterpriseId, contactNumber.stored()).ifPresent(existing -> {
            throw ContactConflict.alreadySaved(contactNumber, existing);
        });
        if (accountManagerId != null) {
            requireAccountManager(enterpriseId, accountManagerId);
        }
        try {
            return contacts.saveAndFlush(ExternalContact.saved(enterpriseId, name, company, contactNumber, accountManagerId));
        } catch (DataIntegrityViolationException raced) {
            throw ContactConflict.alreadySaved(contactNumber);
        }
    }

    /**
     * Saves the outside party of one of the editor's own calls: whom they called, or who called them.
     * An admin login that is nobody's may save from any call of the enterprise.
     */
    public ExternalContact saveFromCall(ContactEditor editor, long callId, String name, String company) {
        CallRecord call = calls.findById(callId)
                .filter(c -> c.getEnterpriseId() == editor.enterpriseId())
                .filter(c -> (editor.admin() && editor.employeeId() == null) || takenPartIn(c, editor.employeeId()))
                .orElseThrow(() -> new NoSuchElementException("没有通话 " + callId + " (no such call)"));
        return save(editor, name, company, ContactCalls.outsideNumber(call), null);
    }

    /** Anyone of the enterprise may correct a shared customer's name and company; the number stays. */
    public ExternalContact edit(ContactEditor editor, long contactId, String name, String company) {
        ExternalContact contact = find(editor.enterpriseId(), contactId);
        contact.rename(name, company);
        return contact;
    }

    /** The admin, or the contact's current account manager handing it on; null leaves it without one. */
    public ExternalContact assignAccountManager(ContactEditor editor, long contactId, Long employeeId) {
        ExternalContact contact = find(editor.enterpriseId(), contactId);
        boolean currentManager = editor.employeeId() != null && Objects.equals(contact.getAccountManagerId(), editor.employeeId());
        if (!editor.admin() && !currentManager) {
            throw new ContactChangeRefused("只有企业管理员或该联系人当前的客户经理可以更换客户经理"
                    + " / only the admin or the current account manager may reassign a contact");
        }
        if (employeeId != null) {
            requireAccountManager(editor.enterpriseId(), employeeId);
        }
        contact.assignAccountManager(employeeId);
        return contact;
    }

    /**
     * Only the admin removes a contact, and only one saved by mistake: once it has a call or a note, that
     * follow-up history (and the call records naming it) keep it.
     */
    public void delete(ContactEditor editor, long contactId) {
        ExternalContact contact = find(editor.enterpriseId(), contactId);
        if (!editor.admin()) {
            throw new ContactChangeRefused("只有企业管理员可以删除联系人 / only the admin deletes contacts");
        }
        if (notes.existsByContactId(contact.getId()) || history.countWithNumber(contact.getEnterpriseId(), contact.getNumber()) > 0) {
            throw ContactConflict.hasHistory(contact);
        }
        contacts.delete(contact);
    }

    private void requireAccountManager(long enterpriseId, long employeeId) {
        employees.findByIdAndEnterpriseId(employeeId, enterpriseId)
                .filter(Employee::isActivated)
                .orElseThrow(() -> new IllegalArgumentException("客户经理必须是本企业已激活的员工（员工 " + employeeId
                        + "）/ the account manager must be an activated employee of the enterprise"));
    }

    /** Calls to a colleague's mobile are colleague calls, so the number could never act as a contact's. */
    private void refuseColleaguesMobile(long enterpriseId, ContactNumber number) {
        employees.findByEnterpriseIdOrderById(enterpriseId).stream()
                .filter(employee -> number.stored().equals(national(employee.getMobile())))
                .findFirst()
                .ifPresent(colleague -> {
                    throw new IllegalArgumentException("号码 " + number.stored() + " 是同事" + colleague.getName()
                            + "的手机号，不能保存为外部联系人 / the number is a colleague's mobile");
                });
    }

    private static boolean takenPartIn(CallRecord call, Long employeeId) {
        return employeeId != null
                && (employeeId.equals(call.getCallerEmployeeId()) || employeeId.equals(call.getCalleeEmployeeId()));
    }

    private static String national(String mobile) {
        try {
            return MainlandNumber.read(mobile).map(MainlandNumber::national).orElse(mobile);
        } catch (IllegalArgumentException notANumber) {
            return mobile;
        }
    }
}
