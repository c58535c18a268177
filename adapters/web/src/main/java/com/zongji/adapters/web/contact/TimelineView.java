package com.zongji.adapters.web.contact;

import com.zongji.engine.call.CallDirection;
import com.zongji.engine.call.CallEnd;
import com.zongji.engine.call.CallStatus;
import com.zongji.engine.contact.CustomerTimelines.CustomerTimeline;
import com.zongji.engine.contact.TimelineEntry;
import com.zongji.engine.servicewindow.ShanghaiTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A customer's calls and notes, newest first; each line's time also as Beijing time, as the console shows it. */
record TimelineView(ContactController.ContactView contact, List<Entry> entries) {

    private static final DateTimeFormatter BEIJING_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    record Entry(TimelineEntry.Kind kind, Instant at, String beijingTime, Long callId, CallDirection direction,
            CallStatus status, CallEnd endReason, int durationSeconds, Long employeeId, String employeeName, Long noteId,
            String text) {
    }

    static TimelineView of(CustomerTimeline timeline) {
        return new TimelineView(ContactController.ContactView.of(timeline.contact()), timeline.entries().stream()
                .map(e -> new Entry(e.kind(), e.at(), ShanghaiTime.local(e.at()).format(BEIJING_TIME), e.callId(), e.direction(),
                        e.status(), e.endReason(), e.durationSeconds(), e.employeeId(), e.employeeName(), e.noteId(), e.text()))
                .toList());
    }
}
