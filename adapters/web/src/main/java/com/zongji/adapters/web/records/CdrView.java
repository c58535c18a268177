package com.zongji.adapters.web.records;

import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.records.CdrPage;
import com.zongji.engine.records.CdrParty;
import com.zongji.engine.records.CdrRow;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** A CDR as the API shows it: the export's columns, plus the raw values a client computes with. */
record CdrView(long id, Instant startedAt, LocalDateTime startedAtShanghai, CdrParty caller, CdrParty callee,
        CalleeIdentity identity, String identityText, int durationSeconds, String durationText, int billedMinutes,
        long costThousandths, String costYuan, boolean personal, String note) {

    static CdrView of(CdrRow row) {
        return new CdrView(row.id(), row.startedAt(), row.startedInShanghai(), row.caller(), row.callee(), row.identity(),
                row.identityText(), row.durationSeconds(), row.durationText(), row.billedMinutes(), row.cost().thousandths(),
                row.cost().toYuanString(), row.personal(), row.note());
    }

    /** A page of rows; pass {@code next} as {@code after} for the following page, null on the last. */
    record Page(List<CdrView> rows, String next) {

        static Page of(CdrPage page) {
            return new Page(page.rows().stream().map(CdrView::of).toList(), page.next() == null ? null : page.next().token());
        }
    }
}
