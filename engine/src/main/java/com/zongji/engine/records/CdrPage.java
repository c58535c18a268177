package com.zongji.engine.records;

import java.util.List;

/** A page of a report; {@code next} is null on the last page. */
public record CdrPage(List<CdrRow> rows, CdrCursor next) {
}
