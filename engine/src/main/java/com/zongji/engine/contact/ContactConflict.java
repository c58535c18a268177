package com.zongji.engine.contact;

/** The change would contradict what the enterprise's contacts already hold. */
public class ContactConflict extends RuntimeException {

    private ContactConflict(String message) {
        super(message);
    }

    static ContactConflict alreadySaved(ContactNumber number, ExternalContact existing) {
        return new ContactConflict("号码 " + number.stored() + " 已保存为联系人「" + existing.getName()
                + "」，不能重复保存 / number already saved as contact " + existing.getId());
    }

    /** A colleague saved the same number at the same moment; the database kept theirs. */
    static ContactConflict alreadySaved(ContactNumber number) {
        return new ContactConflict("号码 " + number.stored() + " 已保存为联系人，不能重复保存 / number already saved");
    }

    static ContactConflict hasHistory(ExternalContact contact) {
        return new ContactConflict("联系人「" + contact.getName() + "」已有通话或跟进记录，不能删除，可修改姓名、公司或客户经理"
                + " / a contact with calls or notes is kept");
    }
}
