package com.zongji.engine.contact;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactNoteRepository extends JpaRepository<ContactNote, Long> {

    List<ContactNote> findByContactIdOrderByWrittenAtDescIdDesc(Long contactId);

    boolean existsByContactId(Long contactId);
}
