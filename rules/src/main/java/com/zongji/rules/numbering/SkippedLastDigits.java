package com.zongji.rules.numbering;

import java.util.List;

/** Decision of the numbering table: last digits no extension ends in. */
public record SkippedLastDigits(List<Integer> digits) {
}
