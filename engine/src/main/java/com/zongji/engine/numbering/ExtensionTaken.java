package com.zongji.engine.numbering;

import com.zongji.engine.org.Employee;

/** The extension is another employee's in the same enterprise; nothing was changed. */
public class ExtensionTaken extends RuntimeException {

    private ExtensionTaken(String message) {
        super(message);
    }

    static ExtensionTaken heldBy(String extension, Employee holder) {
        return new ExtensionTaken("分机号 " + extension + " 已属于" + holder.getName() + "（员工ID " + holder.getId()
                + "），同一企业内分机号不能重复 / Extension " + extension + " already belongs to employee " + holder.getId());
    }

    /** A colleague changed extensions at the same moment; the database kept theirs. */
    static ExtensionTaken meanwhile() {
        return new ExtensionTaken("分机号刚被其他操作占用，本次修改未生效，请刷新后重试 / Another change took the extension meanwhile;"
                + " nothing was changed, reload and try again");
    }
}
