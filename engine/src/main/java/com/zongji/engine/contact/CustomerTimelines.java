package com.zongji.engine.contact;

import com.zongji.engine.org.Employee;
import com.zongji.engine.org.EmployeeRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A customer's follow-up history: every call with their number and every note about them, newest first. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class CustomerTimelines {

    /** A timeline line's own order when two happen in the same instant: a note follows its call. */
    private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::at)
            .thenComparing(entry -> entry.kind() == TimelineEntry.Kind.NOTE)
            .reversed();

    public record CustomerTimeline(ExternalContact contact, List<TimelineEntry> entries) {
    }

    private final ExternalContacts contacts;
    private final ContactCalls calls;
    private final ContactNoteRepository notes;
    private final EmployeeRepository employees;

    public CustomerTimeline of(long enterpriseId, long contactId) {
        ExternalContact contact = contacts.find(enterpriseId, contactId);
        Map<Long, String> names = employees.findByEnterpriseIdOrderById(enterpriseId).stream()
                .collect(Collectors.toMap(Employee::getId, Employee::getName));
        List<TimelineEntry> entries = Stream.concat(
                        calls.withNumber(enterpriseId, contact.getNumber()).stream().map(call -> TimelineEntry.of(call, names)),
                        notes.findByContactIdOrderByWrittenAtDescIdDesc(contact.getId()).stream().map(note -> TimelineEntry.of(note, names)))
                .sorted(NEWEST_FIRST)
                .toList();
        return new CustomerTimeline(contact, entries);
    }
}
