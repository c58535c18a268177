package com.zongji.engine.records;

import com.zongji.engine.billing.Money;
import com.zongji.engine.call.CalleeIdentity;
import com.zongji.engine.servicewindow.ShanghaiTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

/** One line of the CDR report and of its export. */
public record CdrRow(long id, Instant startedAt, CdrParty caller, CdrParty callee, CalleeIdentity identity,
                     int durationSeconds, int billedMinutes, Money cost, boolean personal, String note) {

    private static final Map<CalleeIdentity, String> IDENTITY_TEXT = new EnumMap<>(Map.of(
            CalleeIdentity.COLLEAGUE, "同事",
            CalleeIdentity.EXTERNAL_CONTACT, "外部联系人",
            CalleeIdentity.OTHER, "其他"));

    /** 通话时间: when the call started, in Beijing time. */
    public LocalDateTime startedInShanghai() {
        return ShanghaiTime.local(startedAt);
    }

    /** 被叫身份 as users read it. */
    public String identityText() {
        return identity == null ? "" : IDENTITY_TEXT.get(identity);
    }

    /** 通话时长 as users read it, e.g. {@code 4分43秒}. */
    public String durationText() {
        return CallDuration.text(durationSeconds);
    }
}
