package com.zongji.engine.numbering;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers whether a dialled number is an office number this platform serves. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ServedNumbers {

    private final OfficeNumberRepository numbers;

    public boolean isServed(String number) {
        return numbers.existsByNumberAndStatus(number, NumberStatus.ASSIGNED);
    }
}
